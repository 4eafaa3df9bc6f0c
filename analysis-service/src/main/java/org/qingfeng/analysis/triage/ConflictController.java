package org.qingfeng.analysis.triage;

import org.qingfeng.analysis.triage.rules.ConflictDraft;
import org.qingfeng.support.security.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A reviewer's own ties to the network: declared, withdrawn, listed; {@code 202} once durable in Kafka. */
@RestController
class ConflictController {

    private static final String REVIEWERS = "hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF')";

    private final Conflicts conflicts;

    ConflictController(Conflicts conflicts) {
        this.conflicts = conflicts;
    }

    @PostMapping("/api/triage/conflicts")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(REVIEWERS)
    Conflicts.Declared declare(@RequestBody ConflictDraft draft) {
        return conflicts.declare(draft, Actors.current());
    }

    @PostMapping("/api/triage/conflicts/withdrawal")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(REVIEWERS)
    Conflicts.Declared withdraw(@RequestBody Conflicts.Withdrawal withdrawal) {
        return conflicts.withdraw(withdrawal, Actors.current());
    }

    @GetMapping("/api/triage/conflicts")
    @PreAuthorize(REVIEWERS)
    Conflicts.Listing list() {
        return conflicts.list(Actors.current());
    }
}
