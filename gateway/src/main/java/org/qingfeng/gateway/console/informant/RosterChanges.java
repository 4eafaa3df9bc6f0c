package org.qingfeng.gateway.console.informant;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.FieldErrors;
import org.qingfeng.gateway.console.FormValues;

/**
 * The bodies of intake's roster changes, mapped from the console's forms. Each carries the token
 * in the body: a token never goes into a URL.
 */
final class RosterChanges {

    static final Set<String> STATUS_FIELDS = Set.of("status", "reason");
    static final Set<String> TRAINING_FIELDS = Set.of("on", "level", "course", "hours");
    static final Set<String> CONTACT_FIELDS = Set.of("on", "way", "note");

    private RosterChanges() {}

    /** {@code POST /api/informants/status}. */
    record StatusChange(
            @Nullable String informantToken,
            @Nullable String status,
            @Nullable String reason) {

        static StatusChange from(FormValues form) {
            return new StatusChange(form.text("informantToken"), form.text("status"), form.text("reason"));
        }
    }

    /** {@code POST /api/informants/training}. */
    record TrainingEntry(
            @Nullable String informantToken,
            @Nullable String on,
            @Nullable String level,
            @Nullable String course,
            @Nullable Integer hours) {

        static TrainingEntry from(FormValues form) {
            return new TrainingEntry(
                    form.text("informantToken"),
                    form.text("on"),
                    form.text("level"),
                    form.text("course"),
                    wholeNumber(form.text("hours")));
        }

        /** What the console can tell before asking intake: hours must be a whole number. */
        static FieldErrors check(FormValues form) {
            Map<String, String> errors = new LinkedHashMap<>();
            String hours = form.text("hours");
            if (hours != null && wholeNumber(hours) == null) {
                errors.put("hours", "须为整数 / must be a whole number");
            }
            return FieldErrors.of(errors);
        }
    }

    /** {@code POST /api/informants/contacts}. */
    record ContactEntry(
            @Nullable String informantToken,
            @Nullable String on,
            @Nullable String way,
            @Nullable String note) {

        static ContactEntry from(FormValues form) {
            return new ContactEntry(form.text("informantToken"), form.text("on"), form.text("way"), form.text("note"));
        }
    }

    /** {@code POST /api/informants/record}. */
    record RecordRequest(String informantToken) {}

    private static @Nullable Integer wholeNumber(@Nullable String text) {
        if (text == null || !text.matches("-?\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(text);
    }
}
