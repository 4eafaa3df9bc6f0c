package org.qingfeng.intake.submission;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.SealedBox;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.contracts.intake.SubmissionReceived.AttachmentRef;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.intake.attachment.AttachmentStore;
import org.qingfeng.intake.informant.CurrentRoster;
import org.qingfeng.intake.item.RegisteredItems;
import org.qingfeng.intake.item.rules.ItemFingerprint;
import org.qingfeng.intake.item.rules.ItemStatus;
import org.qingfeng.intake.network.CurrentNetwork;
import org.qingfeng.intake.receipt.IssuedReceipt;
import org.qingfeng.intake.receipt.ReceiptHasher;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.sealing.Pseudonyms;
import org.qingfeng.intake.sealing.Sealer;
import org.qingfeng.intake.submission.rules.InformantCheck;
import org.qingfeng.intake.submission.rules.SubmissionDraft;
import org.qingfeng.intake.submission.rules.SubmissionRules;
import org.qingfeng.intake.submission.rules.ValidSubmission;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Takes submissions in, from every channel: checks each (an informant's token against the roster
 * too), issues a receipt, seals what identifies a person, stores the files, and answers only once the
 * log holds it. Every channel comes through here, so a dismissed informant is refused whatever way
 * they try, and a retried submission ({@link SubmissionContext#idempotencyScope()}) lands on the
 * same item with the same receipt.
 */
@Service
public class SubmissionService {

    /** Purposes the sealed fields of a submission are bound to. */
    public static final String CONTACT_PURPOSE = "submitter-contact";

    public static final String CONCERNS_PURPOSE = "item-concerns";

    private final SubmissionRules rules;
    private final CurrentNetwork network;
    private final CurrentRoster roster;
    private final SubmissionLog submissions;
    private final ReceiptHasher receipts;
    private final RegisteredItems registered;
    private final Sealer sealer;
    private final Pseudonyms pseudonyms;
    private final ObjectProvider<AttachmentStore> attachments;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SubmissionService(
            IntakeProperties properties,
            CurrentNetwork network,
            CurrentRoster roster,
            SubmissionLog submissions,
            ReceiptHasher receipts,
            RegisteredItems registered,
            Sealer sealer,
            Pseudonyms pseudonyms,
            ObjectProvider<AttachmentStore> attachments,
            Clock clock) {
        this.rules = new SubmissionRules(properties.subjectAreas());
        this.network = network;
        this.roster = roster;
        this.submissions = submissions;
        this.receipts = receipts;
        this.registered = registered;
        this.sealer = sealer;
        this.pseudonyms = pseudonyms;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** One submission, durable when this returns. */
    public SubmissionAccepted submit(SubmissionDraft draft, SubmissionContext context) {
        Prepared prepared = prepare(draft, context);
        submissions.append(List.of(prepared.received(storeFiles(prepared, context))));
        return prepared.accepted();
    }

    /**
     * A batch, all or nothing: every submission is checked first and, if any breaks a rule, none is
     * written ({@link BatchRefused}, by position). Otherwise all are sent and this returns once the
     * broker acknowledged every one. A batch interrupted half-way is completed by sending it again
     * with the same idempotency scopes: the items written already are written again unchanged.
     */
    public List<SubmissionAccepted> submitAll(List<SubmissionRequest> requests) {
        Map<Integer, List<Violation>> refused = new LinkedHashMap<>();
        List<Prepared> prepared = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            SubmissionRequest request = requests.get(i);
            try {
                prepared.add(prepare(request.draft(), request.context()));
            } catch (RulesViolated e) {
                refused.put(i, e.violations());
            } catch (InformantRefused e) {
                refused.put(
                        i, List.of(new Violation("informantToken", e.getBody().getDetail())));
            }
        }
        if (!refused.isEmpty()) {
            throw new BatchRefused(refused);
        }
        List<SubmissionReceived> records = new ArrayList<>(prepared.size());
        for (int i = 0; i < prepared.size(); i++) {
            records.add(prepared.get(i)
                    .received(storeFiles(prepared.get(i), requests.get(i).context())));
        }
        if (!records.isEmpty()) {
            submissions.append(records);
        }
        return prepared.stream().map(Prepared::accepted).toList();
    }

    private Prepared prepare(SubmissionDraft draft, SubmissionContext context) {
        ValidSubmission valid = rules.check(draft, network.view());
        InformantCheck.check(valid.submitterKind(), valid.informantToken(), this::statusOf)
                .ifPresent(refusal -> {
                    throw new InformantRefused(refusal);
                });
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String scope = context.idempotencyScope();
        if (scope == null) {
            return new Prepared(valid, context, UUID.randomUUID(), receipts.issue(), now);
        }
        UUID itemId = itemIdOf(scope);
        Optional<String> earlier = registered.fingerprintOf(itemId);
        if (earlier.isPresent() && !earlier.get().equals(ItemFingerprint.of(valid.item()))) {
            throw new IdempotencyConflict();
        }
        return new Prepared(valid, context, itemId, receipts.derive(scope), now);
    }

    /** Keyed, so an item id cannot be computed from an idempotency key by anyone but intake. */
    private UUID itemIdOf(String scope) {
        return UUID.nameUUIDFromBytes(pseudonyms.digest("item-id", scope).getBytes(StandardCharsets.US_ASCII));
    }

    private List<AttachmentRef> storeFiles(Prepared prepared, SubmissionContext context) {
        if (context.attachments().isEmpty()) {
            return List.of();
        }
        AttachmentStore store = attachments.getIfAvailable();
        if (store == null) {
            throw new RulesViolated(List.of(new Violation("attachments", "不接收附件 / attachments are not accepted")));
        }
        return store.store(prepared.itemId(), context.attachments(), prepared.at());
    }

    private Optional<InformantStatus> statusOf(String token) {
        return roster.view().informant(token).map(InformantRecorded::status);
    }

    private @Nullable SealedBox sealed(String purpose, @Nullable String plaintext) {
        return plaintext == null || plaintext.isBlank() ? null : sealer.seal(purpose, plaintext);
    }

    /** A checked submission with its ids and receipt, not written yet. */
    private final class Prepared {

        private final ValidSubmission valid;
        private final SubmissionContext context;
        private final UUID itemId;
        private final IssuedReceipt receipt;
        private final Instant at;

        Prepared(ValidSubmission valid, SubmissionContext context, UUID itemId, IssuedReceipt receipt, Instant at) {
            this.valid = valid;
            this.context = context;
            this.itemId = itemId;
            this.receipt = receipt;
            this.at = at;
        }

        UUID itemId() {
            return itemId;
        }

        Instant at() {
            return at;
        }

        SubmissionReceived received(List<AttachmentRef> files) {
            String given = context.submitterContact() != null ? context.submitterContact() : valid.contact();
            String contact = valid.informantToken() == null ? given : null;
            return new SubmissionReceived(
                    EventIds.derive(Topics.SUBMISSION_RECEIVED.eventType(), itemId),
                    at,
                    itemId,
                    receipt.hash(),
                    valid.submitterKind(),
                    valid.item(),
                    valid.informantToken(),
                    receipt.locator(),
                    sealed(CONTACT_PURPOSE, contact),
                    sealed(CONCERNS_PURPOSE, valid.concerns()),
                    files,
                    context.enteredBy(),
                    context.batchId());
        }

        SubmissionAccepted accepted() {
            return new SubmissionAccepted(itemId, receipt.receipt().display(), ItemStatus.RECEIVED, at);
        }
    }
}
