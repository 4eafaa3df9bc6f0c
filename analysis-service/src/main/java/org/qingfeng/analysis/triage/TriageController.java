package org.qingfeng.analysis.triage;

import org.qingfeng.analysis.triage.rules.TriageDraft;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff decide on an item; {@code 202} once the decision is durable in Kafka. */
@RestController
class TriageController {

    private final Triage triage;

    TriageController(Triage triage) {
        this.triage = triage;
    }

    @PostMapping("/api/triage")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Triage.Decided decide(@RequestBody TriageDraft draft) {
        return triage.decide(draft);
    }
}
