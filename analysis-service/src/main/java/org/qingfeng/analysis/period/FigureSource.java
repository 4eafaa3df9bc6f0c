package org.qingfeng.analysis.period;

import java.util.List;
import org.qingfeng.contracts.analysis.PeriodClosed.Figure;

/**
 * A feature's published numbers for one period, as a close freezes them. Each source writes its own
 * tables (the monthly analysis {@code totals}, {@code by-township}…, the integrity index {@code
 * index}…), so the frozen figures of a version are the union of every source's.
 */
public interface FigureSource {

    /**
     * The figures over the subtree of {@code scopeCode} for {@code period}, {@code yyyy-MM} or
     * {@code yyyy-Qn}, in a stable order; empty when the source has nothing for that kind of period.
     */
    List<Figure> figures(String scopeCode, String period);
}
