package org.qingfeng.intake.rhythm;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ReportingContactsChanged;
import org.qingfeng.intake.rhythm.rules.ContactRules;
import org.qingfeng.intake.rhythm.rules.ContactsDraft;
import org.qingfeng.intake.sealing.Sealer;
import org.qingfeng.intake.web.AcknowledgedSends;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/reporting/contacts} replaces a unit's reminder recipients, sealed, once the broker
 * holds them; {@code GET} tells only how many there are. Nobody reads them back in plain.
 */
@RestController
@RequestMapping("/api/reporting/contacts")
class ContactsController {

    private final ReportingUnits units;
    private final ContactBook book;
    private final Sealer sealer;
    private final AcknowledgedSends sends;
    private final Clock clock;

    ContactsController(ReportingUnits units, ContactBook book, Sealer sealer, AcknowledgedSends sends, Clock clock) {
        this.units = units;
        this.book = book;
        this.sealer = sealer;
        this.sends = sends;
        this.clock = clock;
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Count> put(@RequestBody ContactsDraft draft) {
        ContactRules.Contacts checked = ContactRules.check(draft, units::active);
        String unitCode = checked.unit().code();
        ReportingContactsChanged changed = new ReportingContactsChanged(
                UUID.randomUUID(),
                clock.instant(),
                unitCode,
                SealedContactBook.seal(sealer, checked.contacts()),
                checked.contacts().size());
        sends.sendAll(List.of(new ProducerRecord<>(Topics.REPORTING_CONTACTS.name(), unitCode, changed)), "contacts");
        return ResponseEntity.accepted().body(new Count(unitCode, changed.count()));
    }

    @GetMapping
    Count count(@RequestParam String unit) {
        return new Count(unit, book.count(unit));
    }

    record Count(String unitCode, int count) {}
}
