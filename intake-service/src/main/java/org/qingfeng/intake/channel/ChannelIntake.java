package org.qingfeng.intake.channel;

import java.util.Optional;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.intake.channel.ChannelMetrics.Outcome;
import org.qingfeng.intake.channel.rules.MessageText;
import org.qingfeng.intake.channel.rules.Placement;
import org.qingfeng.intake.channel.rules.Replies;
import org.qingfeng.intake.channel.rules.Replies.Reply;
import org.qingfeng.intake.informant.InformantSenders;
import org.qingfeng.intake.network.CurrentNetwork;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.submission.SubmissionAccepted;
import org.qingfeng.intake.submission.SubmissionContext;
import org.qingfeng.intake.submission.SubmissionService;
import org.qingfeng.intake.submission.rules.SubmissionDraft;
import org.qingfeng.intake.web.ServiceUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * A channel message made a submission: its sender matched to an informant by keyed digest (else
 * anonymous, with the sender sealed as the contact), placed by {@link Placement}, and sent through
 * the one submission path. Answers with the reply to send back; whatever is wrong with one message
 * becomes its reply and never reaches the next one. Only a log that is away is thrown ({@link
 * ServiceUnavailable}), so the channel can take the message again later.
 */
@Service
public class ChannelIntake {

    private static final Logger log = LoggerFactory.getLogger(ChannelIntake.class);

    private final SubmissionService submissions;
    private final CurrentNetwork network;
    private final InformantSenders senders;
    private final ChannelsProperties properties;
    private final ChannelMetrics metrics;

    ChannelIntake(
            SubmissionService submissions,
            CurrentNetwork network,
            InformantSenders senders,
            ChannelsProperties properties,
            ChannelMetrics metrics) {
        this.submissions = submissions;
        this.network = network;
        this.senders = senders;
        this.properties = properties;
        this.metrics = metrics;
    }

    public Reply take(ChannelMessage message) {
        try {
            Reply reply = submit(message);
            metrics.count(message.channel(), Outcome.ACCEPTED);
            return reply;
        } catch (RulesViolated e) {
            metrics.count(message.channel(), Outcome.REFUSED);
            return Replies.refused(e.violations());
        } catch (ErrorResponseException e) {
            // A dismissed or suspended informant (403), or a message id reused for other content (422).
            boolean refused = e.getStatusCode().isSameCodeAs(HttpStatus.FORBIDDEN);
            metrics.count(message.channel(), refused ? Outcome.REFUSED : Outcome.ERROR);
            String detail = e.getBody().getDetail();
            return detail == null ? Replies.failed() : Replies.refused(detail);
        } catch (ServiceUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn(
                    "A {} message could not be handled: {}",
                    message.channel(),
                    e.getClass().getSimpleName());
            metrics.count(message.channel(), Outcome.ERROR);
            return Replies.failed();
        }
    }

    private Reply submit(ChannelMessage message) {
        Optional<InformantRecorded> informant = message.channel() == Channel.SMS
                ? senders.byPhone(message.sender())
                : senders.byEmail(message.sender());
        MessageText text = MessageText.parse(message.text());
        Placement.Placed placed = Placement.place(
                text,
                informant.map(InformantRecorded::homeNodeCode).orElse(null),
                network.view(),
                properties.defaultRegion(),
                properties.defaultUnit());
        SubmissionDraft draft = new SubmissionDraft(
                placed.regionCode(),
                placed.unitCode(),
                properties.defaultSubjectArea(),
                null,
                text.immediate() ? Urgency.IMMEDIATE : Urgency.ROUTINE,
                message.channel(),
                informant.isPresent() ? SubmitterKind.INFORMANT : SubmitterKind.ANONYMOUS,
                text.description(),
                null,
                informant.map(InformantRecorded::informantToken).orElse(null));
        SubmissionContext context =
                SubmissionContext.retriedAs(message.idempotencyScope()).withAttachments(message.attachments());
        if (informant.isEmpty()) {
            context = context.withContact(message.sender());
        }
        SubmissionAccepted accepted = submissions.submit(draft, context);
        return Replies.accepted(accepted.receipt());
    }
}
