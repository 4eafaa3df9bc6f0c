package org.qingfeng.analysis.triage.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.rules.Violation;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.analysis.TriageDecision;

/**
 * What a triage decision must say. A finding against the informant (unfounded, malicious) needs its
 * reason, since it weighs in their assessment; a duplicate or a link needs the other item, which
 * cannot be the item itself; an accepted or linked item needs its classification ({@link
 * ClassificationRules}); only items analysis has seen submitted can be decided on.
 */
public final class TriageRules {

    public static final int MAX_REASON = 500;

    private static final Set<TriageDecision> NEED_REASON =
            EnumSet.of(TriageDecision.UNFOUNDED, TriageDecision.MALICIOUS);
    private static final Set<TriageDecision> NEED_RELATED = EnumSet.of(TriageDecision.DUPLICATE, TriageDecision.LINKED);
    private static final String REQUIRED = "必填 / required";
    private static final String UNKNOWN_ITEM = "分析服务尚未收到该事项 / analysis has not seen this item submitted";

    private TriageRules() {}

    /**
     * Every rule the draft breaks; {@code known} answers whether analysis has seen an item submitted,
     * {@code subjectAreas} is the catalogue's codes.
     */
    public static List<Violation> check(TriageDraft draft, Predicate<UUID> known, Set<String> subjectAreas) {
        List<Violation> violations = new ArrayList<>();
        UUID itemId = draft.itemId();
        TriageDecision decision = draft.decision();
        UUID related = draft.relatedItemId();
        if (itemId == null) {
            violations.add(new Violation("itemId", REQUIRED));
        }
        if (decision == null) {
            violations.add(new Violation("decision", REQUIRED));
        }
        String reason = reasonOf(draft);
        if (decision != null && NEED_REASON.contains(decision) && reason == null) {
            violations.add(new Violation("reason", "认定不实或恶意须写明理由 / UNFOUNDED and MALICIOUS need a reason"));
        }
        if (reason != null && reason.length() > MAX_REASON) {
            violations.add(new Violation(
                    "reason",
                    "理由不能超过 " + MAX_REASON + " 字 / the reason must not exceed " + MAX_REASON + " characters"));
        }
        if (decision != null && NEED_RELATED.contains(decision) && related == null) {
            violations.add(
                    new Violation("relatedItemId", "认定重复或关联须指明相关事项 / DUPLICATE and LINKED need the related item"));
        }
        if (decision != null && !NEED_RELATED.contains(decision) && related != null) {
            violations.add(new Violation("relatedItemId", "仅在认定重复或关联时填写 / only for DUPLICATE or LINKED"));
        }
        if (related != null && related.equals(itemId)) {
            violations.add(new Violation("relatedItemId", "相关事项不能是该事项本身 / the related item cannot be the item itself"));
        }
        violations.addAll(ClassificationRules.check(decision, draft.classification(), subjectAreas));
        if (violations.isEmpty() && !known.test(Objects.requireNonNull(itemId))) {
            violations.add(new Violation("itemId", UNKNOWN_ITEM));
        }
        if (violations.isEmpty() && related != null && !known.test(related)) {
            violations.add(new Violation("relatedItemId", UNKNOWN_ITEM));
        }
        return violations;
    }

    /**
     * The published fact of a checked draft; its id is derived from the item and the sequence, so a
     * re-publication of the same decision is dropped by every consumer.
     *
     * @param decidedBy the deciding staff account's subject
     */
    public static ItemTriaged triaged(TriageDraft draft, int sequence, Instant at, String decidedBy) {
        UUID itemId = Objects.requireNonNull(draft.itemId());
        return new ItemTriaged(
                EventIds.derive("item-triaged", itemId + "#" + sequence),
                at,
                itemId,
                sequence,
                Objects.requireNonNull(draft.decision()),
                reasonOf(draft),
                draft.relatedItemId(),
                ClassificationRules.classification(draft.classification()),
                decidedBy);
    }

    private static @Nullable String reasonOf(TriageDraft draft) {
        String reason = draft.reason();
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
