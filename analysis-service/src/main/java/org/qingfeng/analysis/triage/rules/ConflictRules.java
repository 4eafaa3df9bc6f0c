package org.qingfeng.analysis.triage.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.rules.Violation;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.analysis.ReviewerConflictDeclared;
import org.qingfeng.contracts.analysis.ReviewerConflictDeclared.Kind;

/**
 * What a reviewer's declaration must say, and the fact it becomes. A township or a unit must be a
 * node of the network as analysis knows it (a typo would exclude nothing and look like it did); an
 * item is named by its id. The conflict id is {@code subject|KIND|target}, so a declaration made twice
 * is one declaration, and its withdrawal replaces it on the compacted topic.
 */
public final class ConflictRules {

    public static final int MAX_REASON = 500;

    private static final String REQUIRED = "必填 / required";

    private ConflictRules() {}

    public static List<Violation> check(ConflictDraft draft, Predicate<String> knownNode) {
        List<Violation> violations = new ArrayList<>();
        Kind kind = draft.kind();
        String target = draft.target();
        if (kind == null) {
            violations.add(new Violation("kind", REQUIRED));
        }
        if (target == null || target.isBlank()) {
            violations.add(new Violation("target", REQUIRED));
        } else if (kind == Kind.ITEM && !isUuid(target)) {
            violations.add(new Violation("target", "须为事项编号 / must be an item id"));
        } else if (kind != Kind.ITEM && !ShortCodes.valid(target)) {
            violations.add(new Violation("target", ShortCodes.MESSAGE));
        } else if (kind != null && kind != Kind.ITEM && !knownNode.test(target)) {
            violations.add(new Violation("target", "网络中没有该节点 / the network has no such node"));
        }
        String reason = reasonOf(draft.reason());
        if (reason != null && reason.length() > MAX_REASON) {
            violations.add(new Violation(
                    "reason",
                    "理由不能超过 " + MAX_REASON + " 字 / the reason must not exceed " + MAX_REASON + " characters"));
        }
        return violations;
    }

    public static String conflictId(String subject, Kind kind, String target) {
        return Exclusions.key(subject, ExclusionKind.valueOf(kind.name()), normalised(kind, target));
    }

    /** The declaration of a checked draft by {@code subject}. */
    public static ReviewerConflictDeclared declared(String subject, ConflictDraft draft, Instant at) {
        Kind kind = Objects.requireNonNull(draft.kind());
        String target = normalised(kind, Objects.requireNonNull(draft.target()));
        String conflictId = conflictId(subject, kind, target);
        return new ReviewerConflictDeclared(
                eventId(conflictId, at, false), at, conflictId, subject, kind, target, reasonOf(draft.reason()), false);
    }

    /** The withdrawal of a standing declaration: the same key, without the reason. */
    public static ReviewerConflictDeclared withdrawn(String subject, Kind kind, String target, Instant at) {
        String conflictId = conflictId(subject, kind, target);
        return new ReviewerConflictDeclared(
                eventId(conflictId, at, true), at, conflictId, subject, kind, target, null, true);
    }

    /**
     * Declarations and withdrawals of one conflict follow each other, so the id carries the moment
     * too: a re-publication of the same fact keeps its id, a later declaration gets a new one.
     */
    private static UUID eventId(String conflictId, Instant at, boolean withdrawn) {
        return EventIds.derive(
                "reviewer-conflict-declared", conflictId + "#" + at.toEpochMilli() + "#" + (withdrawn ? "w" : "d"));
    }

    private static String normalised(Kind kind, String target) {
        String stripped = target.strip();
        return kind == Kind.ITEM ? UUID.fromString(stripped).toString() : stripped;
    }

    private static boolean isUuid(String target) {
        try {
            UUID.fromString(target.strip());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static @Nullable String reasonOf(@Nullable String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
