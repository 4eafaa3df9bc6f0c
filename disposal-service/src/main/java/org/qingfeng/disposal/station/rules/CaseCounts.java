package org.qingfeng.disposal.station.rules;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.disposal.cases.CaseView;

/**
 * The station's figures over a set of cases: unfinished cases per colour (every colour present,
 * mildest first) and overdue, and how many are open (unfinished) and finished.
 */
public record CaseCounts(Map<WarningColour, Long> byColour, long overdue, long open, long finished) {

    public static CaseCounts of(Collection<CaseView> cases, Instant now) {
        Map<WarningColour, Long> byColour = new EnumMap<>(WarningColour.class);
        for (WarningColour colour : WarningColour.values()) {
            byColour.put(colour, 0L);
        }
        long overdue = 0;
        long open = 0;
        for (CaseView c : cases) {
            if (!c.finished()) {
                open++;
                byColour.merge(c.colour(), 1L, Long::sum);
                overdue += c.overdue(now) ? 1 : 0;
            }
        }
        return new CaseCounts(byColour, overdue, open, cases.size() - open);
    }
}
