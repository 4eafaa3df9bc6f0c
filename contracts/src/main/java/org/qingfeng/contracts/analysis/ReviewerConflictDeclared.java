package org.qingfeng.contracts.analysis;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A reviewer's tie to part of the network, which keeps matching items off their triage board:
 * their home township, a unit they are related to, or one item they declared a conflict on.
 * Withdrawn declarations are published again with {@code withdrawn} true.
 *
 * @param conflictId key of the declaration, stable across its withdrawal
 * @param reviewerSubject the staff account (a subject id), never a name
 * @param target a township or unit code, or an item id for {@code ITEM}
 * @param reason staff text, kept inside analysis, never audited in the clear
 */
public record ReviewerConflictDeclared(
        UUID eventId,
        Instant occurredAt,
        String conflictId,
        String reviewerSubject,
        Kind kind,
        String target,
        @Nullable String reason,
        boolean withdrawn) {

    public enum Kind {
        /** 本乡镇: the reviewer's home township; its items are not theirs to triage. */
        HOME_TOWNSHIP,
        /** 关联单位: a unit the reviewer is tied to (worked there, family there). */
        UNIT,
        /** 声明回避: one item. */
        ITEM
    }
}
