package org.qingfeng.disposal.station.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.CaseStepped;

/**
 * Reads the fields of one station command, collecting every field that is wrong rather than
 * stopping at the first; a field that is wrong reads as a placeholder the command is never built
 * from (the caller checks {@link #violations()} first).
 */
public final class CommandChecks {

    /** Shortest reason a verification or referral may give: a word or two is not a reason. */
    public static final int MIN_REASON = 4;

    public static final int MAX_REASON = 2_000;
    public static final int MAX_TEXT = 20_000;

    private final List<Violation> violations = new ArrayList<>();

    /** The case's sequence the caller saw. */
    public long sequence(@Nullable Long sequence) {
        if (sequence == null) {
            return fail("sequence", Violation.REQUIRED, 0L);
        }
        if (sequence < 1) {
            return fail("sequence", "须为正整数 / must be a positive whole number", 0L);
        }
        return sequence;
    }

    public String reason(@Nullable String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            return fail("reason", Violation.REQUIRED, "");
        }
        if (trimmed.length() < MIN_REASON) {
            return fail(
                    "reason", "理由至少%d个字 / a reason of at least %d characters".formatted(MIN_REASON, MIN_REASON), "");
        }
        if (trimmed.length() > MAX_REASON) {
            return fail("reason", tooLong(MAX_REASON), "");
        }
        return trimmed;
    }

    public String text(@Nullable String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return fail("text", Violation.REQUIRED, "");
        }
        if (trimmed.length() > MAX_TEXT) {
            return fail("text", tooLong(MAX_TEXT), "");
        }
        return trimmed;
    }

    public CaseStepped.@Nullable TalkKind talkKind(@Nullable String kind) {
        if (CaseQuery.blank(kind)) {
            return fail("talkKind", Violation.REQUIRED, null);
        }
        return Arrays.stream(CaseStepped.TalkKind.values())
                .filter(k -> k.name().equals(kind.strip()))
                .findFirst()
                .orElseGet(() -> fail(
                        "talkKind",
                        "应为 WARNING_TALK（警示谈话）或 ADMONISHMENT_TALK（诫勉谈话） / must be WARNING_TALK or"
                                + " ADMONISHMENT_TALK",
                        null));
    }

    public @Nullable Instant required(@Nullable Instant instant, String field) {
        return instant == null ? fail(field, Violation.REQUIRED, null) : instant;
    }

    public boolean required(@Nullable Boolean flag, String field) {
        return flag == null ? fail(field, Violation.REQUIRED, false) : flag;
    }

    public @Nullable UUID id(@Nullable String id, String field) {
        if (CaseQuery.blank(id)) {
            return fail(field, Violation.REQUIRED, null);
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return fail(field, "格式不正确 / malformed value", null);
        }
    }

    /** A ladder id, or null for the configured default. */
    public @Nullable String ladder(@Nullable String ladder) {
        if (CaseQuery.blank(ladder)) {
            return null;
        }
        if (!CaseQuery.LADDERS.contains(ladder.strip())) {
            return fail(
                    "ladder",
                    "应为 " + String.join("、", CaseQuery.LADDERS) + " 之一 / must be one of " + CaseQuery.LADDERS,
                    null);
        }
        return ladder.strip();
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    private <T> T fail(String field, String message, T placeholder) {
        violations.add(new Violation(field, message));
        return placeholder;
    }

    private static String tooLong(int max) {
        return "不能超过%d个字符 / at most %d characters".formatted(max, max);
    }
}
