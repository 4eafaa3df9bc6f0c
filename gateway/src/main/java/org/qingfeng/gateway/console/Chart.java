package org.qingfeng.gateway.console;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart a page draws with ECharts: its kind ({@code bar}, {@code pie}, {@code line},
 * {@code spark}), the category labels and one or more series. The page carries it as JSON in a
 * {@code data-chart} attribute, which {@code /js/charts.js} draws: no inline script, so the content
 * security policy stays {@code 'self'} only, and no second request for data the page already read.
 */
public record Chart(String kind, List<String> labels, List<Series> series) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Chart {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
    }

    public static Chart of(String kind, List<String> labels, Series... series) {
        return new Chart(kind, labels, List.of(series));
    }

    /** One named row of values, in the order of the labels. */
    public record Series(String name, List<Number> values) {

        public Series {
            values = List.copyOf(values);
        }
    }

    /** Public for the templates: the JSON the {@code data-chart} attribute carries (escaped there). */
    public String json() {
        return JSON.writeValueAsString(this);
    }

    public boolean isEmpty() {
        return labels.isEmpty();
    }
}
