package org.qingfeng.gateway.console;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A submitted console form as its fields' values, read the way every form needs them: blanks are
 * absent, text is stripped, a checkbox is ticked or not, a list is every non-blank value.
 */
public record FormValues(Map<String, List<String>> values) {

    /** Items of a list typed into one box: one per line, or between commas and 、 or semicolons. */
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[\\r\\n,，、;；]+");

    public FormValues {
        values = Map.copyOf(values);
    }

    public static FormValues of(Map<String, List<String>> values) {
        return new FormValues(values);
    }

    /** The first non-blank value, stripped; null when the field is missing or blank. */
    public @Nullable String text(String field) {
        return all(field).stream().findFirst().orElse(null);
    }

    /** The text, or {@code fallback} when blank. */
    public String text(String field, String fallback) {
        return Objects.requireNonNullElse(text(field), fallback);
    }

    /** Every non-blank value of a repeated field (checkboxes, hidden figures), stripped, in order. */
    public List<String> all(String field) {
        return values.getOrDefault(field, List.of()).stream()
                .filter(value -> value != null && !value.isBlank())
                .map(String::strip)
                .toList();
    }

    /** Whether a checkbox was ticked: a browser sends an unticked box not at all. */
    public boolean ticked(String field) {
        return !all(field).isEmpty();
    }

    /** The items typed into one box, split at line ends, commas, 、 and semicolons. */
    public List<String> items(String field) {
        return all(field).stream()
                .flatMap(value -> Arrays.stream(LIST_SEPARATORS.split(value)))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }
}
