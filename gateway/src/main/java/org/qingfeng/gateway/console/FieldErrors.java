package org.qingfeng.gateway.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A problem's {@code errors} placed next to a form's fields. The services name fields as paths of
 * their JSON ({@code [0].parentCode} for the first node of a batch, {@code backgrounds[1]}); a form
 * has one box per field, so a path counts for the field it starts with. Errors on anything the form
 * does not show are kept as general lines, so nothing a service said is lost.
 *
 * @param byField messages per form field, Chinese first as the service wrote them
 * @param general messages that belong to no field of the form, each prefixed with its field
 */
public record FieldErrors(Map<String, List<String>> byField, List<String> general) {

    private static final Pattern LEADING_INDEX = Pattern.compile("^\\[\\d+]\\.?");

    public FieldErrors {
        byField = Map.copyOf(byField);
        general = List.copyOf(general);
    }

    public static FieldErrors none() {
        return new FieldErrors(Map.of(), List.of());
    }

    public static FieldErrors of(List<Problem.FieldError> errors, Set<String> formFields) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (Problem.FieldError error : errors) {
            String path = Objects.toString(error.field(), "");
            String message = Objects.toString(error.message(), "");
            String field = fieldOf(path);
            if (formFields.contains(field)) {
                byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
            } else {
                general.add(path.isEmpty() ? message : path + "：" + message);
            }
        }
        return new FieldErrors(byField, general);
    }

    /** Errors the console finds itself, before any service is asked. */
    public static FieldErrors of(Map<String, String> messages) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        messages.forEach((field, message) -> byField.put(field, List.of(message)));
        return new FieldErrors(byField, List.of());
    }

    /** The form field a service's path belongs to: {@code [0].parentCode} → {@code parentCode}. */
    static String fieldOf(String path) {
        String field = LEADING_INDEX.matcher(path.strip()).replaceFirst("");
        int end = field.length();
        for (char stop : new char[] {'.', '['}) {
            int at = field.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return field.substring(0, end);
    }

    public boolean isEmpty() {
        return byField.isEmpty() && general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The field's messages on one line; empty when it has none. */
    public String at(String field) {
        return String.join("；", byField.getOrDefault(field, List.of()));
    }
}
