package org.qingfeng.analysis.triage.rules;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Which items of the month the board lists: those without a decision, those with one, or all. */
public enum BoardState {
    OPEN,
    DECIDED,
    ALL;

    /** {@code ALL} when absent; empty when the value is none of the three. */
    public static Optional<BoardState> parse(@Nullable String state) {
        if (state == null || state.isBlank()) {
            return Optional.of(ALL);
        }
        return Arrays.stream(values()).filter(s -> s.name().equals(state)).findFirst();
    }

    boolean admits(BoardItem item) {
        return switch (this) {
            case OPEN -> item.decision() == null;
            case DECIDED -> item.decision() != null;
            case ALL -> true;
        };
    }
}
