package org.qingfeng.intake.informant.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.InformantChanged;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.contracts.intake.InformantRecorded.Contact;
import org.qingfeng.contracts.intake.InformantRecorded.Decision;
import org.qingfeng.contracts.intake.InformantRecorded.Training;
import org.qingfeng.contracts.intake.InformantRecorded.Verdict;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.SealedBox;

/**
 * Each change makes the whole record again, one version up, with ids derived from the token and the
 * version: publishing the same change twice yields the same record, which every reader drops.
 * Sealing happens before: these functions only place sealed boxes.
 */
public final class InformantChanges {

    private InformantChanges() {}

    /**
     * What an appointment records, with the identity and its digests already made.
     *
     * @param emailDigest keyed digest of the e-mail address, null when the informant has none
     */
    public record Sealed(
            SealedBox identity,
            String phoneDigest,
            String nameDigest,
            @Nullable String emailDigest) {

        /** An identity without an e-mail address. */
        public Sealed(SealedBox identity, String phoneDigest, String nameDigest) {
            this(identity, phoneDigest, nameDigest, null);
        }
    }

    public static InformantRecorded appointed(String token, Appointment a, Sealed sealed, Instant now) {
        return new InformantRecorded(
                derived(Topics.INFORMANT_RECORDED.eventType(), token, 1),
                now,
                token,
                1,
                a.homeNodeCode(),
                a.appointedByCode(),
                a.type(),
                a.backgrounds(),
                a.roles(),
                InformantStatus.ACTIVE,
                null,
                a.appointedOn(),
                sealed.identity(),
                sealed.phoneDigest(),
                sealed.nameDigest(),
                List.of(),
                List.of(),
                List.of(),
                sealed.emailDigest());
    }

    /**
     * An informant as a workbook states them: appointment facts and status replaced, the history
     * (training, contacts, decisions) kept.
     */
    public static InformantRecorded restated(
            InformantRecorded r,
            Appointment a,
            Sealed sealed,
            InformantStatus status,
            @Nullable SealedBox statusReason,
            Instant now) {
        long version = r.version() + 1;
        return new InformantRecorded(
                derived(Topics.INFORMANT_RECORDED.eventType(), r.informantToken(), version),
                now,
                r.informantToken(),
                version,
                a.homeNodeCode(),
                a.appointedByCode(),
                a.type(),
                a.backgrounds(),
                a.roles(),
                status,
                status == r.status() ? r.statusReason() : statusReason,
                a.appointedOn(),
                sealed.identity(),
                sealed.phoneDigest(),
                sealed.nameDigest(),
                r.training(),
                r.contacts(),
                r.decisions(),
                sealed.emailDigest());
    }

    public static InformantRecorded statusChanged(
            InformantRecorded r, InformantStatus status, SealedBox reason, Instant now) {
        return next(r, now, status, reason, r.training(), r.contacts(), r.decisions());
    }

    public static InformantRecorded trained(InformantRecorded r, TrainingDraft t, Instant now) {
        long version = r.version() + 1;
        Training training = new Training(
                derived("informant-training", r.informantToken(), version),
                Objects.requireNonNull(t.on()),
                Objects.requireNonNull(t.level()),
                Objects.requireNonNull(t.course()).strip(),
                Objects.requireNonNull(t.hours()));
        return next(r, now, r.status(), r.statusReason(), plus(r.training(), training), r.contacts(), r.decisions());
    }

    public static InformantRecorded contacted(
            InformantRecorded r, ContactDraft c, @Nullable SealedBox note, Instant now) {
        long version = r.version() + 1;
        Contact contact = new Contact(
                derived("informant-contact", r.informantToken(), version),
                Objects.requireNonNull(c.on()),
                Objects.requireNonNull(c.way()),
                note);
        return next(r, now, r.status(), r.statusReason(), r.training(), plus(r.contacts(), contact), r.decisions());
    }

    /**
     * A decision recorded; a dismissal also dismisses, with the decision's reason as the status
     * reason (sealed twice, once for each place, since a box opens only for its purpose).
     */
    public static InformantRecorded decided(
            InformantRecorded r,
            DecisionDraft d,
            @Nullable SealedBox reason,
            @Nullable SealedBox statusReason,
            Instant now) {
        long version = r.version() + 1;
        Decision decision = new Decision(
                derived("informant-decision", r.informantToken(), version),
                Objects.requireNonNull(d.year()),
                Objects.requireNonNull(d.verdict()),
                Objects.requireNonNull(d.decidedBy()).strip(),
                now,
                Objects.requireNonNull(d.method()).strip(),
                d.figures() == null ? List.of() : d.figures(),
                reason);
        boolean dismissal = d.verdict() == Verdict.DISMISS;
        return next(
                r,
                now,
                dismissal ? InformantStatus.DISMISSED : r.status(),
                dismissal ? statusReason : r.statusReason(),
                r.training(),
                r.contacts(),
                plus(r.decisions(), decision));
    }

    /** The thin public fact of a record: token, point, type, status, appointment day and version. */
    public static InformantChanged publicFact(InformantRecorded r) {
        return new InformantChanged(
                derived(Topics.INFORMANT_CHANGED.eventType(), r.informantToken(), r.version()),
                r.occurredAt(),
                r.informantToken(),
                r.homeNodeCode(),
                r.type(),
                r.status(),
                r.appointedOn(),
                r.version());
    }

    /** The last day in {@code days}, or null. */
    public static @Nullable LocalDate latest(List<LocalDate> days) {
        return days.stream().max(LocalDate::compareTo).orElse(null);
    }

    private static InformantRecorded next(
            InformantRecorded r,
            Instant now,
            InformantStatus status,
            @Nullable SealedBox statusReason,
            List<Training> training,
            List<Contact> contacts,
            List<Decision> decisions) {
        long version = r.version() + 1;
        return new InformantRecorded(
                derived(Topics.INFORMANT_RECORDED.eventType(), r.informantToken(), version),
                now,
                r.informantToken(),
                version,
                r.homeNodeCode(),
                r.appointedByCode(),
                r.type(),
                r.backgrounds(),
                r.roles(),
                status,
                statusReason,
                r.appointedOn(),
                r.identity(),
                r.phoneDigest(),
                r.nameDigest(),
                training,
                contacts,
                decisions,
                r.emailDigest());
    }

    /** The id of what one version of an informant's record says, as the contracts derive ids: {@code token#version}. */
    private static UUID derived(String eventType, String token, long version) {
        return EventIds.derive(eventType, token + "#" + version);
    }

    private static <T> List<T> plus(List<T> list, T element) {
        List<T> next = new ArrayList<>(list);
        next.add(element);
        return next;
    }
}
