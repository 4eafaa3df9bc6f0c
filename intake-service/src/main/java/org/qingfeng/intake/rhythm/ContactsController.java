package org.qingfeng.intake.rhythm;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.intake.ReportingContactsChanged;
import org.qingfeng.intake.rhythm.rules.ContactRules;
import org.qingfeng.intake.rhythm.rules.ContactsDraft;
import org.qingfeng.intake.sealing.Sealer;
import org.qingfeng.intake.web.AcknowledgedSends;
import org.qingfeng.intake.web.Forbidden;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.security.Scopes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/reporting/contacts} replaces a unit's (or a department's) reminder recipients, sealed, once the broker
 * holds them; {@code GET} tells only how many there are. Nobody reads them back in plain. Network
 * administrators and work-station staff, for the units of their subtree; every change is audited.
 */
@RestController
@RequestMapping("/api/reporting/contacts")
class ContactsController {

    private final ReportingUnits units;
    private final ContactBook book;
    private final Sealer sealer;
    private final AcknowledgedSends sends;
    private final Clock clock;
    private final Scopes scopes;
    private final AuditTrail audit;

    ContactsController(
            ReportingUnits units,
            ContactBook book,
            Sealer sealer,
            AcknowledgedSends sends,
            Clock clock,
            Scopes scopes,
            AuditTrail audit) {
        this.units = units;
        this.book = book;
        this.sealer = sealer;
        this.sends = sends;
        this.clock = clock;
        this.scopes = scopes;
        this.audit = audit;
    }

    static final String ROLES = "hasAnyRole('NETWORK_ADMIN','WORK_STATION_STAFF')";

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ROLES)
    ResponseEntity<Count> put(@RequestBody ContactsDraft draft) {
        Actor actor = Actors.current();
        ContactRules.Contacts checked = ContactRules.check(draft, units::holdsContacts);
        String unitCode = checked.unitCode();
        if (!scopes.covers(actor, unitCode)) {
            throw Forbidden.field("unitCode", "不在您管理的网络范围内 / outside your part of the network");
        }
        ReportingContactsChanged changed = new ReportingContactsChanged(
                UUID.randomUUID(),
                clock.instant(),
                unitCode,
                SealedContactBook.seal(sealer, checked.contacts()),
                checked.contacts().size());
        sends.sendAll(List.of(new ProducerRecord<>(Topics.REPORTING_CONTACTS.name(), unitCode, changed)), "contacts");
        audit.record(
                actor,
                AuditEntry.of(AuditAction.REPORTING_CHANGED, "reporting-contacts", unitCode, unitCode)
                        .detail("contacts=" + changed.count()));
        return ResponseEntity.accepted().body(new Count(unitCode, changed.count()));
    }

    @GetMapping
    @PreAuthorize(ROLES)
    Count count(@RequestParam String unit) {
        scopes.require(Actors.current(), unit);
        return new Count(unit, book.count(unit));
    }

    record Count(String unitCode, int count) {}
}
