package org.qingfeng.analysis.report.rules;

import java.util.List;

/** A chart of one series: a label and a value per category, in display order. */
public record Chart(String title, String series, List<String> labels, List<Long> values) {

    public Chart {
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException("one value per label");
        }
        labels = List.copyOf(labels);
        values = List.copyOf(values);
    }

    public long max() {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
