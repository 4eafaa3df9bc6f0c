package org.qingfeng.intake.followup;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.intake.followup.rules.FollowUpTexts;
import org.qingfeng.intake.item.FollowedItems;
import org.qingfeng.intake.item.RegisteredItem;
import org.qingfeng.intake.submission.IdempotencyKeys;
import org.qingfeng.intake.web.NotFound;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.security.Scopes;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff's side of the follow-up: ask the submitter of an item in scope a question, and read the
 * whole conversation. Both are audited as a read of the item ({@code ITEM_READ}, detail {@code
 * question} or {@code follow-ups}) before anything is done; an item unknown or out of scope is the
 * same {@code 404}.
 */
@RestController
class StaffFollowUpController {

    static final String TARGET = "item";
    private static final String NO_SUCH_ITEM = "没有这个事项 / No such item";

    private final FollowedItems items;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final FollowUps followUps;
    private final FollowUpStore store;

    StaffFollowUpController(
            FollowedItems items, Scopes scopes, AuditTrail audit, FollowUps followUps, FollowUpStore store) {
        this.items = items;
        this.scopes = scopes;
        this.audit = audit;
        this.followUps = followUps;
        this.store = store;
    }

    /** {@code askedBy} is the caller's token subject. */
    @PostMapping(path = "/api/items/questions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF')")
    ResponseEntity<Recorded> ask(
            @RequestBody QuestionBody body,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey) {
        Fields fields = new Fields();
        UUID itemId = fields.id("itemId", body.itemId());
        String text = fields.text(() -> FollowUpTexts.required("text", body.text()));
        fields.check();
        Actor actor = Actors.current();
        String scope = IdempotencyKeys.scope("question:" + itemId, actor, idempotencyKey);
        RegisteredItem item = inScope(actor, Objects.requireNonNull(itemId));
        audit.record(AuditEntry.of(AuditAction.ITEM_READ, TARGET, itemId.toString(), item.regionCode())
                .detail("question"));
        UUID followUpId = followUps.ask(itemId, actor.subject(), Objects.requireNonNull(text), scope);
        return ResponseEntity.accepted().cacheControl(CacheControl.noStore()).body(new Recorded(followUpId));
    }

    @GetMapping("/api/items/{itemId}/follow-ups")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF','MONITORING_STAFF')")
    ResponseEntity<StaffThread> thread(@PathVariable String itemId) {
        UUID id = parse(itemId);
        RegisteredItem item = inScope(Actors.current(), id);
        audit.record(AuditEntry.of(AuditAction.ITEM_READ, TARGET, itemId, item.regionCode())
                .detail("follow-ups"));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new StaffThread(store.thread(id)));
    }

    private RegisteredItem inScope(Actor actor, UUID itemId) {
        RegisteredItem item = items.registered(itemId).orElseThrow(() -> new NotFound(NO_SUCH_ITEM));
        scopes.require(actor, item.regionCode());
        return item;
    }

    private static UUID parse(String itemId) {
        try {
            return UUID.fromString(itemId);
        } catch (IllegalArgumentException e) {
            throw new NotFound(NO_SUCH_ITEM);
        }
    }

    record QuestionBody(@Nullable String itemId, @Nullable String text) {}

    /** Wrapped in an object, as every list this network serves, so that fields can be added. */
    record StaffThread(List<FollowUpStep> thread) {}
}
