package org.qingfeng.gateway.console;

import java.util.List;

/** The rows of one console panel, or the fact that its service could not be read. */
public record Panel<T>(boolean available, List<T> rows) {

    public static <T> Panel<T> of(List<T> rows) {
        return new Panel<>(true, List.copyOf(rows));
    }

    public static <T> Panel<T> unavailable() {
        return new Panel<>(false, List.of());
    }
}
