package org.qingfeng.disposal.station.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.disposal.cases.CaseView;

/**
 * Which of the station's cases a list shows: by state (unfinished, finished or all), colour and
 * ladder, at most {@code limit} of them.
 */
public record CaseQuery(
        StateFilter state,
        @Nullable WarningColour colour,
        @Nullable String ladder,
        int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** The ladders cases climb (the rung codes of each are fixed across the service). */
    public static final List<String> LADDERS = List.of("four-colour", "inquiry", "cards", "admonishments");

    public enum StateFilter {
        /** Not yet closed or referred. */
        OPEN,
        /** Closed or referred. */
        FINISHED,
        ALL
    }

    public static Checked<CaseQuery> parse(
            @Nullable String state, @Nullable String colour, @Nullable String ladder, @Nullable Integer limit) {
        List<Violation> violations = new ArrayList<>();
        StateFilter stateFilter = oneOf(state, StateFilter.class, StateFilter.OPEN, "state", violations);
        WarningColour colourFilter = oneOf(colour, WarningColour.class, null, "colour", violations);
        String ladderFilter = blank(ladder) ? null : ladder;
        if (ladderFilter != null && !LADDERS.contains(ladderFilter)) {
            violations.add(
                    new Violation("ladder", "应为 " + String.join("、", LADDERS) + " 之一 / must be one of " + LADDERS));
        }
        int rows = limit == null ? DEFAULT_LIMIT : limit;
        if (rows < 1 || rows > MAX_LIMIT) {
            violations.add(new Violation("limit", "条数须在 1 到 200 之间 / limit must be between 1 and 200"));
        }
        return Checked.of(violations, () -> new CaseQuery(stateFilter, colourFilter, ladderFilter, rows));
    }

    /** Whether the case's state fits (the colour and ladder are {@link #shows}'s business too). */
    public boolean shows(CaseView c) {
        boolean stateFits =
                switch (state) {
                    case OPEN -> !c.finished();
                    case FINISHED -> c.finished();
                    case ALL -> true;
                };
        return stateFits && (colour == null || c.colour() == colour) && (ladder == null || ladder.equals(c.ladder()));
    }

    /** The cases on the ladder asked for (all ladders when none): what the list's counts are taken over. */
    public Predicate<CaseView> onLadder() {
        return c -> ladder == null || ladder.equals(c.ladder());
    }

    private static <E extends Enum<E>> @Nullable E oneOf(
            @Nullable String value, Class<E> type, @Nullable E otherwise, String field, List<Violation> violations) {
        if (blank(value)) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            violations.add(new Violation(field, "应为 " + String.join("、", names) + " 之一 / must be one of " + names));
            return otherwise;
        }
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
