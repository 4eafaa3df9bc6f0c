package org.qingfeng.gateway.console;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The line a console form shows after it was sent: what happened, in the page's language
 * ({@code key} names the message, {@code argument} fills it), and what the service said, which is
 * already Chinese first.
 *
 * @param kind {@code success}, {@code error} or {@code unavailable}; also the line's CSS class
 */
public record Notice(String kind, String key, @Nullable String argument, List<String> said) {

    public Notice {
        said = List.copyOf(said);
    }

    public static Notice success(String key, @Nullable String argument) {
        return new Notice("success", key, argument, List.of());
    }

    public static Notice error(String key, List<String> said) {
        return new Notice("error", key, null, said);
    }

    /** The service could not be reached: {@code key} names it, such as {@code unavailable.intake}. */
    public static Notice unavailable(String key) {
        return new Notice("unavailable", key, null, List.of());
    }

    /** A refusal that is not about the form's fields (403, 409, 503…): the service's own words. */
    public static Notice refused(Problem problem) {
        return error(
                "form.refused",
                Stream.of(problem.title(), problem.detail())
                        .filter(text -> text != null && !text.isBlank())
                        .toList());
    }
}
