package org.qingfeng.analysis.triage;

import org.qingfeng.analysis.triage.rules.TriageDraft;
import org.qingfeng.support.security.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The work station decides on an item of its subtree; {@code 202} once the decision is durable in Kafka. */
@RestController
class TriageController {

    private final Triage triage;

    TriageController(Triage triage) {
        this.triage = triage;
    }

    @PostMapping("/api/triage")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('WORK_STATION_STAFF')")
    Triage.Decided decide(@RequestBody TriageDraft draft) {
        return triage.decide(draft, Actors.current());
    }
}
