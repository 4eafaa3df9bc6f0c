package org.qingfeng.analysis.period;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.qingfeng.contracts.analysis.PeriodClosed.Figure;
import org.springframework.stereotype.Component;

/**
 * A {@link FigureSource} the period tests set: figures for the scopes they name, nothing for any other.
 * A plain component of the test sources, so the one shared context of the integration tests has it
 * (a {@code @TestConfiguration} would start a second context competing for the consumer groups).
 */
@Component
public class PeriodTestFigures implements FigureSource {

    private final Map<String, List<Figure>> byScopeAndPeriod = new ConcurrentHashMap<>();

    /** From now on, {@code scopeCode}'s figures of {@code period}. */
    public void set(String scopeCode, String period, List<Figure> figures) {
        byScopeAndPeriod.put(scopeCode + "|" + period, List.copyOf(figures));
    }

    @Override
    public List<Figure> figures(String scopeCode, String period) {
        return byScopeAndPeriod.getOrDefault(scopeCode + "|" + period, List.of());
    }
}
