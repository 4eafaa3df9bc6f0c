package org.qingfeng.intake.attachment.rules;

import org.jspecify.annotations.Nullable;

/**
 * What a file's content showed it to be: a kind intake knows, or why it is refused.
 *
 * @param kind null when refused
 * @param refusal null when the kind is known
 */
public record Sniffed(@Nullable FileKind kind, @Nullable Refusal refusal) {

    static Sniffed as(FileKind kind) {
        return new Sniffed(kind, null);
    }

    static Sniffed refused(Refusal refusal) {
        return new Sniffed(null, refusal);
    }

    public enum Refusal {
        /** Nothing intake recognises: never guessed from the name or the sender's type. */
        UNKNOWN,
        /** A program: Windows, Linux or macOS executables, Java classes, scripts with {@code #!}. */
        EXECUTABLE,
        /** HTML, SVG, XML: a browser would run what they hold. */
        MARKUP,
        /** An office document carrying macros, or a compound file that is not a document (an installer). */
        ACTIVE_CONTENT
    }
}
