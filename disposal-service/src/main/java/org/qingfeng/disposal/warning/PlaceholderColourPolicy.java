package org.qingfeng.disposal.warning;

import java.util.Set;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.Urgency;

/**
 * A stand-in colour policy ({@value #VERSION}) so that the spine issues warnings end to end. The
 * disposal issue replaces it with the commission's handling plans (处置预案); every warning records
 * the version that chose its colour, so warnings issued under this one stay recognisable.
 *
 * <p>First rule that fits: an IMMEDIATE item gets ORANGE; an item about law enforcement or project
 * approval gets YELLOW; anything else gets BLUE.
 */
final class PlaceholderColourPolicy {

    static final String VERSION = "placeholder-1";

    private static final Set<String> WARNING_TALK_AREAS = Set.of("law-enforcement", "project-approval");

    ColourDecision decide(ItemDetails item) {
        if (item.urgency() == Urgency.IMMEDIATE) {
            return decision(
                    WarningColour.ORANGE, "立即报送事项：限期整改的廉政预警 / immediate item: integrity warning with a deadline");
        }
        if (WARNING_TALK_AREAS.contains(item.subjectArea())) {
            return decision(
                    WarningColour.YELLOW,
                    "问题类别 " + item.subjectArea() + "：警示谈话 / subject area " + item.subjectArea() + ": warning talk");
        }
        return decision(WarningColour.BLUE, "常规事项：要求书面说明 / routine item: ask for a written explanation");
    }

    private static ColourDecision decision(WarningColour colour, String reason) {
        return new ColourDecision(colour, Ladder.measure(colour), VERSION, reason);
    }
}
