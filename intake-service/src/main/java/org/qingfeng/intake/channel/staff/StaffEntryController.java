package org.qingfeng.intake.channel.staff;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.intake.channel.staff.rules.StaffEntry;
import org.qingfeng.intake.network.CurrentNetwork;
import org.qingfeng.intake.submission.IdempotencyKeys;
import org.qingfeng.intake.submission.SubmissionAccepted;
import org.qingfeng.intake.submission.SubmissionContext;
import org.qingfeng.intake.submission.SubmissionService;
import org.qingfeng.intake.submission.rules.SubmissionDraft;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.security.Scopes;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/items/on-behalf}: staff enter an item that came by letter, call, visit and the
 * like, in their own part of the network; the answer holds the receipt staff hand to the reporter,
 * so it is never cached. The entering account is on the item's private record ({@code enteredBy}),
 * never on the public fact.
 */
@RestController
class StaffEntryController {

    private final SubmissionService submissions;
    private final CurrentNetwork network;
    private final Scopes scopes;
    private final AuditTrail audit;

    StaffEntryController(SubmissionService submissions, CurrentNetwork network, Scopes scopes, AuditTrail audit) {
        this.submissions = submissions;
        this.network = network;
        this.scopes = scopes;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('TOWNSHIP_STAFF','MONITORING_STAFF','WORK_STATION_STAFF')")
    @PostMapping(path = "/api/items/on-behalf", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionAccepted> enter(
            @RequestBody SubmissionDraft sent,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey) {
        Actor actor = Actors.current();
        SubmissionDraft draft = StaffEntry.draftOf(sent);
        requireInScope(actor, draft.regionCode());
        SubmissionContext context = SubmissionContext.retriedAs(IdempotencyKeys.scope("staff", actor, idempotencyKey))
                .enteredBy(actor.subject(), null);
        SubmissionAccepted accepted = submissions.submit(draft, context);
        audit.record(
                actor,
                AuditEntry.of(
                                AuditAction.ITEM_ENTERED,
                                "item",
                                accepted.itemId().toString(),
                                Objects.requireNonNull(draft.regionCode()).strip())
                        .detail(String.valueOf(draft.channel())));
        return ResponseEntity.accepted()
                .location(URI.create("/api/items/" + accepted.itemId()))
                .cacheControl(CacheControl.noStore())
                .body(accepted);
    }

    /**
     * A region the network knows must lie in the caller's part of it ({@code 404} otherwise, as for
     * any record out of scope); a missing or unknown one is left to the submission rules, which name it.
     */
    private void requireInScope(Actor actor, @Nullable String regionCode) {
        if (regionCode != null && network.view().node(regionCode.strip()).isPresent()) {
            scopes.require(actor, regionCode.strip());
        }
    }
}
