package org.qingfeng.disposal.station.rules;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A request read into {@code T}, or the fields that kept it from being read. */
public record Checked<T>(@Nullable T value, List<Violation> violations) {

    static <T> Checked<T> of(List<Violation> violations, java.util.function.Supplier<T> value) {
        return violations.isEmpty()
                ? new Checked<>(value.get(), List.of())
                : new Checked<>(null, List.copyOf(violations));
    }

    /** The value when nothing was wrong. */
    public Optional<T> valid() {
        return Optional.ofNullable(value);
    }
}
