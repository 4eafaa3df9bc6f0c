package org.qingfeng.gateway.console.item;

import java.util.List;
import java.util.stream.Stream;
import org.qingfeng.gateway.console.Problem;

/**
 * One section of the item page: its rows, or why it has none to show. Each section reads intake on
 * its own, so one that fails leaves the others standing.
 *
 * @param state {@code shown}; {@code pending} (intake has not got to it yet: matches not compared);
 *     {@code unavailable} (intake could not be reached); {@code refused} (intake's own words in
 *     {@code said})
 */
record Part<T>(String state, List<T> rows, List<String> said) {

    Part {
        rows = List.copyOf(rows);
        said = List.copyOf(said);
    }

    static <T> Part<T> shown(List<T> rows) {
        return new Part<>("shown", rows, List.of());
    }

    static <T> Part<T> pending() {
        return new Part<>("pending", List.of(), List.of());
    }

    static <T> Part<T> unavailable() {
        return new Part<>("unavailable", List.of(), List.of());
    }

    static <T> Part<T> refused(Problem problem) {
        return new Part<>(
                "refused",
                List.of(),
                Stream.of(problem.title(), problem.detail())
                        .filter(text -> text != null && !text.isBlank())
                        .toList());
    }

    public boolean is(String candidate) {
        return state.equals(candidate);
    }
}
