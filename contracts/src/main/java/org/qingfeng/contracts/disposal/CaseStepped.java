package org.qingfeng.contracts.disposal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.intake.FollowUpRecorded;

/**
 * One step in the life of a disposal case (处置案件): a unit, or a post in it, that a finding or an
 * immediate item put on a warning ladder. The case is the fold of its steps in {@code sequence}
 * order; every step also carries the case's standing <em>after</em> it (ladder, rung, colour, state,
 * deadlines), so a reader that only wants the latest standing never needs the state machine.
 *
 * <p>Nothing here points to an informant: no channel, no submission time, no wording of an item,
 * no village. {@code text} is the department's reply or the station's reason, never item content.
 *
 * @param sequence 1 for {@link Step#OPENED}, then one more per step; a step whose sequence is not
 *     the next one is not applied (it lost a race with another step)
 * @param origin what opened the case
 * @param findingId the finding that opened it, for {@link Origin#FINDING}
 * @param itemIds the items behind the case (ids only)
 * @param unitCode the unit the case concerns
 * @param townshipCode the reporting point above the unit's items (the township or city unit), for scoping
 * @param recipientCode the node notices go to and whose officers answer: the unit itself, or its
 *     competent department
 * @param stationCode the work station that runs the case
 * @param post the post (岗位) concerned, when the case concerns a post rather than the whole unit;
 *     a post title, never a person's name
 * @param ladder the ladder configuration the case climbs, such as {@code four-colour}
 * @param ladderVersion the version of that configuration the case opened under
 * @param rung index of the current rung, 0 the mildest
 * @param rungCode the current rung's code in its ladder, such as {@code BLUE} or {@code INQUIRY}
 * @param colour the four-colour equivalent of the current rung, for figures across ladders
 * @param dueAt the current rung's deadline for a reply (working days counted in the station's zone),
 *     null where the rung waits for no reply (a referral)
 * @param acknowledgeBy for the immediate lane: by when receipt must be acknowledged, else null
 * @param severity the severity the case was opened with
 * @param policyVersion the first-colour policy that placed the case
 * @param reason why this step: the policy's reasoning on opening (with any rungs skipped), the
 *     station's reason on acceptance or rejection, the timeout on an escalation (Chinese first)
 * @param actor the subject that took the step, or {@code disposal-service} for the clock
 * @param documentNumber on {@link Step#NOTICE_ISSUED}: the notice's number, like {@code 〔2026〕7号}
 * @param text a reply's or talk record's text (the department's words), else null
 * @param attachmentIds files of a reply or talk record, on {@code disposal.case-attachments.v1}
 * @param talkKind on {@link Step#TALK_SCHEDULED}: which talk
 * @param scheduledFor on {@link Step#TALK_SCHEDULED}: when the talk takes place
 * @param confirmation on {@link Step#CONFIRMATION_RECORDED}: the receipt holder's verdict
 */
public record CaseStepped(
        UUID eventId,
        Instant occurredAt,
        UUID caseId,
        long sequence,
        Step step,
        Origin origin,
        @Nullable UUID findingId,
        List<UUID> itemIds,
        String unitCode,
        String townshipCode,
        String recipientCode,
        String stationCode,
        @Nullable String post,
        String ladder,
        int ladderVersion,
        int rung,
        String rungCode,
        WarningColour colour,
        State state,
        @Nullable Instant dueAt,
        @Nullable Instant acknowledgeBy,
        Severity severity,
        String policyVersion,
        String reason,
        String actor,
        @Nullable String documentNumber,
        @Nullable String text,
        List<UUID> attachmentIds,
        @Nullable TalkKind talkKind,
        @Nullable Instant scheduledFor,
        FollowUpRecorded.@Nullable Rectified confirmation) {

    public enum Step {
        /** 立案: placed on its first rung by the policy. */
        OPENED,
        /** 发出通知书: the current rung's notice, with its number. */
        NOTICE_ISSUED,
        /** 签收: the recipient acknowledged receipt. */
        ACKNOWLEDGED,
        /** 答复: an explanation or rectification report, with attachments. */
        REPLIED,
        /** 约谈安排: a warning or admonishment talk scheduled. */
        TALK_SCHEDULED,
        /** 谈话记录: the record of the talk uploaded. */
        TALK_RECORDED,
        /** 验收通过: the station accepted the reply; the case closes. */
        REPLY_ACCEPTED,
        /** 退回: the station rejected the reply; the case climbs one rung. */
        REPLY_REJECTED,
        /** 升级: a deadline passed without a reply (or an acknowledgement, in the immediate lane). */
        ESCALATED,
        /** 移送立案: referred for case investigation; the ladder ends here. */
        REFERRED,
        /** 群众评价: a receipt holder said whether the problem was really fixed. */
        CONFIRMATION_RECORDED,
        /** 办结: closed after verification. */
        CLOSED
    }

    public enum Origin {
        /** A salient problem published by analysis for disposal. */
        FINDING,
        /** An item marked immediate (立即报送). */
        IMMEDIATE_ITEM
    }

    public enum State {
        /** Waiting for the recipient's acknowledgement or reply. */
        OPEN,
        /** Receipt acknowledged; waiting for the reply. */
        ACKNOWLEDGED,
        /** A reply is in; waiting for the station's verification. */
        REPLIED,
        /** Verified and closed. */
        CLOSED,
        /** Handed over for case investigation. */
        REFERRED
    }

    public enum TalkKind {
        /** 警示谈话 */
        WARNING_TALK,
        /** 诫勉谈话 */
        ADMONISHMENT_TALK
    }

    /** Whether the case is finished: closed after verification, or referred out of the ladder. */
    public boolean finished() {
        return state == State.CLOSED || state == State.REFERRED;
    }
}
