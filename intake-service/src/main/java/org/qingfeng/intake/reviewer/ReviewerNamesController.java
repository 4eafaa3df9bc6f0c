package org.qingfeng.intake.reviewer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.intake.ReviewerNamesRegistered;
import org.qingfeng.intake.reviewer.rules.PersonNames;
import org.qingfeng.intake.web.AcknowledgedSends;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/reviewers/names} replaces the caller's names (their own and those of people they
 * must not judge) with their keyed digests, once the broker holds them; {@code GET} tells how many and
 * since when. The names themselves are never stored, logged, audited or answered.
 */
@RestController
@RequestMapping("/api/reviewers/names")
class ReviewerNamesController {

    static final String ROLES = "hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF')";

    private final NameMatching matching;
    private final ReviewerNamesStore store;
    private final AcknowledgedSends sends;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewerNamesController(
            NameMatching matching, ReviewerNamesStore store, AcknowledgedSends sends, AuditTrail audit, Clock clock) {
        this.matching = matching;
        this.store = store;
        this.sends = sends;
        this.audit = audit;
        this.clock = clock;
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ROLES)
    ResponseEntity<Count> put(@RequestBody NamesDraft draft) {
        Actor actor = Actors.current();
        List<String> digests = PersonNames.check(draft.names()).stream()
                .map(matching::digest)
                .distinct()
                .toList();
        ReviewerNamesRegistered registered =
                new ReviewerNamesRegistered(UUID.randomUUID(), clock.instant(), actor.subject(), digests);
        sends.sendAll(
                List.of(new ProducerRecord<>(Topics.REVIEWER_NAMES.name(), actor.subject(), registered)),
                "reviewer names");
        audit.record(
                actor,
                AuditEntry.of(AuditAction.CONFLICT_DECLARED, "reviewer-names", actor.subject(), actor.node())
                        .detail("names=" + digests.size()));
        return ResponseEntity.accepted().body(new Count(digests.size()));
    }

    @GetMapping
    @PreAuthorize(ROLES)
    Registered get() {
        return store.find(Actors.current().subject())
                .map(r -> new Registered(r.count(), r.registeredAt()))
                .orElseGet(() -> new Registered(0, null));
    }

    record NamesDraft(@Nullable List<@Nullable String> names) {}

    record Count(int count) {}

    record Registered(int count, @Nullable Instant registeredAt) {}
}
