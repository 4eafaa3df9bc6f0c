package org.qingfeng.intake.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.FollowUpRecorded;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

/**
 * Reads a request body's fields, collecting every broken rule so that one {@code 400} names them all.
 * Ids and verdicts arrive as strings, so a bad one is named by its field rather than refused as an
 * unreadable body.
 */
final class Fields {

    private static final String REQUIRED = "必填 / required";

    private final List<Violation> violations = new ArrayList<>();

    /** A receipt is only checked for presence here; a wrong or malformed one is a {@code 404} later. */
    @Nullable
    String receipt(@Nullable String receipt) {
        if (receipt == null || receipt.isBlank()) {
            violations.add(new Violation("receipt", REQUIRED));
            return null;
        }
        return receipt;
    }

    @Nullable
    UUID id(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, REQUIRED));
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, "不是有效的编号 / not a valid id"));
            return null;
        }
    }

    FollowUpRecorded.@Nullable Rectified rectified(@Nullable String value) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation("rectified", REQUIRED));
            return null;
        }
        try {
            return FollowUpRecorded.Rectified.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(
                    "rectified", "须为 FIXED（已整改）、PARTLY（部分整改）或 NOT_FIXED（未整改）/ must be FIXED, PARTLY or NOT_FIXED"));
            return null;
        }
    }

    /** The value of a rule that throws {@link RulesViolated}, its violations collected. */
    @Nullable
    String text(Supplier<String> rule) {
        try {
            return rule.get();
        } catch (RulesViolated e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    /** Throws every violation collected, if any. */
    void check() {
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
    }
}
