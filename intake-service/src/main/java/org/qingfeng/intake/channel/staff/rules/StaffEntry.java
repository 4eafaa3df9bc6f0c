package org.qingfeng.intake.channel.staff.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.submission.rules.SubmissionDraft;

/**
 * What staff may enter on someone's behalf: an item that reached them by one of the offline or
 * third-party channels, which must be named; the submitter is then "entered by staff" unless an
 * informant's token is given, so the reporter's kind says nothing about who they are.
 */
public final class StaffEntry {

    /** The channels staff enter; the open ones (API, web form) and the automatic ones are not among them. */
    public static final Set<Channel> CHANNELS = EnumSet.of(
            Channel.LETTER,
            Channel.HOTLINE,
            Channel.VISIT,
            Channel.FORUM,
            Channel.QUESTIONNAIRE,
            Channel.CONTACT_CARD,
            Channel.ONLINE_PETITION,
            Channel.INTEGRITY_MAILBOX,
            Channel.CADRE_VISIT);

    private static final Set<SubmitterKind> KINDS = EnumSet.of(SubmitterKind.STAFF_ON_BEHALF, SubmitterKind.INFORMANT);

    private StaffEntry() {}

    /** The draft as staff enter it (the submitter kind filled in), or {@link RulesViolated} on channel and kind. */
    public static SubmissionDraft draftOf(SubmissionDraft sent) {
        List<Violation> violations = new ArrayList<>();
        if (sent.channel() == null) {
            violations.add(new Violation("channel", "必填：来信、电话、来访等渠道 / required: the channel it came by"));
        } else if (!CHANNELS.contains(sent.channel())) {
            violations.add(new Violation("channel", "须为以下之一 / must be one of: " + names()));
        }
        SubmitterKind kind = sent.submitterKind() == null ? SubmitterKind.STAFF_ON_BEHALF : sent.submitterKind();
        if (!KINDS.contains(kind)) {
            violations.add(new Violation(
                    "submitterKind", "代为录入时只能是 STAFF_ON_BEHALF 或 INFORMANT / only STAFF_ON_BEHALF or INFORMANT here"));
        }
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        return new SubmissionDraft(
                sent.regionCode(),
                sent.unitCode(),
                sent.subjectArea(),
                sent.riskCategory(),
                sent.urgency(),
                sent.channel(),
                kind,
                sent.description(),
                sent.occurredOn(),
                sent.informantToken(),
                sent.concerns(),
                sent.contact());
    }

    private static String names() {
        return String.join(", ", CHANNELS.stream().map(Channel::name).toList());
    }
}
