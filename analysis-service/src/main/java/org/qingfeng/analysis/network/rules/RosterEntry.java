package org.qingfeng.analysis.network.rules;

import java.time.LocalDate;
import org.qingfeng.contracts.intake.InformantChanged;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.InformantType;

/**
 * One informant of the public roster, under the pseudonymous token only.
 *
 * @param version intake's count of changes to the informant: the highest one is kept
 */
public record RosterEntry(
        String informantToken,
        String homeNodeCode,
        InformantType type,
        InformantStatus status,
        LocalDate appointedOn,
        long version) {

    public static RosterEntry from(InformantChanged changed) {
        return new RosterEntry(
                changed.informantToken(),
                changed.homeNodeCode(),
                changed.type(),
                changed.status(),
                changed.appointedOn(),
                changed.version());
    }
}
