package org.qingfeng.intake.informant;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.informant.rules.AppointmentDraft;
import org.qingfeng.intake.informant.rules.ContactDraft;
import org.qingfeng.intake.informant.rules.DecisionDraft;
import org.qingfeng.intake.informant.rules.StatusDraft;
import org.qingfeng.intake.informant.rules.TrainingDraft;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.web.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The roster over HTTP. Tokens travel in bodies only, never in a path or a query string, where
 * access logs and proxies would keep them; identities are taken in and never given back.
 */
@RestController
@RequestMapping(path = "/api/informants")
class InformantController {

    private final InformantService informants;
    private final InformantQueries queries;

    InformantController(InformantService informants, InformantQueries queries) {
        this.informants = informants;
        this.queries = queries;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Appointed> appoint(@RequestBody AppointmentDraft draft) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new Appointed(informants.appoint(draft)));
    }

    @GetMapping
    Listing list(@RequestParam(required = false) @Nullable String node) {
        return new Listing(queries.list(node));
    }

    @PostMapping(path = "/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Changed> status(@RequestBody StatusDraft draft) {
        return accepted(draft.informantToken(), informants.changeStatus(draft));
    }

    @PostMapping(path = "/training", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Changed> training(@RequestBody TrainingDraft draft) {
        return accepted(draft.informantToken(), informants.addTraining(draft));
    }

    @PostMapping(path = "/contacts", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Changed> contact(@RequestBody ContactDraft draft) {
        return accepted(draft.informantToken(), informants.addContact(draft));
    }

    @PostMapping(path = "/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Changed> decision(@RequestBody DecisionDraft draft) {
        return accepted(draft.informantToken(), informants.decide(draft));
    }

    @PostMapping(path = "/record", consumes = MediaType.APPLICATION_JSON_VALUE)
    InformantDetails record(@RequestBody TokenOnly body) {
        if (body.informantToken() == null || body.informantToken().isBlank()) {
            throw new RulesViolated(List.of(new Violation("informantToken", "必填 / required")));
        }
        return queries.record(body.informantToken()).orElseThrow(() -> new NotFound("没有这个信息员 / No such informant"));
    }

    private static ResponseEntity<Changed> accepted(@Nullable String token, long version) {
        return ResponseEntity.accepted().body(new Changed(String.valueOf(token).strip(), version));
    }

    /*
     * Bodies in and out print without their token: Spring's request logging prints a body by its
     * toString, and a token must not reach a log line.
     */

    record Appointed(String informantToken) {

        @Override
        public String toString() {
            return "Appointed[token withheld]";
        }
    }

    record Changed(String informantToken, long version) {

        @Override
        public String toString() {
            return "Changed[version " + version + ", token withheld]";
        }
    }

    record Listing(List<InformantSummary> informants) {}

    record TokenOnly(@Nullable String informantToken) {

        @Override
        public String toString() {
            return "TokenOnly[token withheld]";
        }
    }
}
