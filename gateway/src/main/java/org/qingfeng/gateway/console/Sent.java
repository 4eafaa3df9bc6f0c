package org.qingfeng.gateway.console;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.Backend;

/**
 * How a console form fared: accepted, refused with errors next to its fields, refused for another
 * reason, or not delivered because the service was unavailable.
 */
public record Sent(boolean accepted, Notice notice, FieldErrors errors) {

    /** The outcome of a service's answer; {@code fields} are the form's fields, for placing errors. */
    public static Sent of(Answer<?> answer, Set<String> fields, String successKey, @Nullable String successArgument) {
        Problem problem = answer.problem();
        if (problem == null) {
            return new Sent(true, Notice.success(successKey, successArgument), FieldErrors.none());
        }
        if (answer.isInvalid()) {
            FieldErrors errors = FieldErrors.of(problem.errors(), fields);
            return new Sent(false, Notice.error("form.invalid", errors.general()), errors);
        }
        return new Sent(false, Notice.refused(problem), FieldErrors.none());
    }

    /** Errors the console found itself: nothing was sent. */
    public static Sent invalid(FieldErrors errors) {
        return new Sent(false, Notice.error("form.invalid", errors.general()), errors);
    }

    public static Sent unavailable(Backend backend) {
        return new Sent(false, Notice.unavailable("unavailable." + backend.id()), FieldErrors.none());
    }
}
