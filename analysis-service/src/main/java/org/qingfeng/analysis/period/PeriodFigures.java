package org.qingfeng.analysis.period;

import java.util.List;
import org.qingfeng.analysis.period.rules.Figures;
import org.qingfeng.contracts.analysis.PeriodClosed.Figure;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Today's figures of a station's period: the union of every {@link FigureSource} of the service (the
 * monthly analysis, the integrity index…), in the digest's order. With no source at all a close freezes
 * an empty set, which is still a version.
 */
@Component
class PeriodFigures {

    private final ObjectProvider<FigureSource> sources;

    PeriodFigures(ObjectProvider<FigureSource> sources) {
        this.sources = sources;
    }

    List<Figure> now(String stationCode, String period) {
        return Figures.ordered(sources.orderedStream()
                .flatMap(source -> source.figures(stationCode, period).stream())
                .toList());
    }
}
