package org.qingfeng.intake.informant;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.informant.rules.AppointmentDraft;
import org.qingfeng.intake.informant.rules.ContactDraft;
import org.qingfeng.intake.informant.rules.DecisionDraft;
import org.qingfeng.intake.informant.rules.Identity;
import org.qingfeng.intake.informant.rules.StatusDraft;
import org.qingfeng.intake.informant.rules.TrainingDraft;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.web.NotFound;
import org.qingfeng.support.security.Actors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The roster over HTTP. Tokens travel in bodies only, never in a path or a query string, where
 * access logs and proxies would keep them; identities are taken in and given back only to the
 * identity custodian, for a stated reason, audited first. Staff see and change the informants of their
 * own subtree; the others answer as unknown.
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

    static final String STAFF = "hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF')";

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(STAFF)
    ResponseEntity<Appointed> appoint(@RequestBody AppointmentDraft draft) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Appointed(informants.appoint(draft, Actors.current())));
    }

    @GetMapping
    @PreAuthorize(STAFF)
    Listing list(@RequestParam(required = false) @Nullable String node) {
        return new Listing(queries.list(node, Actors.current()));
    }

    @PostMapping(path = "/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(STAFF)
    ResponseEntity<Changed> status(@RequestBody StatusDraft draft) {
        return accepted(draft.informantToken(), informants.changeStatus(draft, Actors.current()));
    }

    @PostMapping(path = "/training", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(STAFF)
    ResponseEntity<Changed> training(@RequestBody TrainingDraft draft) {
        return accepted(draft.informantToken(), informants.addTraining(draft, Actors.current()));
    }

    @PostMapping(path = "/contacts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(STAFF)
    ResponseEntity<Changed> contact(@RequestBody ContactDraft draft) {
        return accepted(draft.informantToken(), informants.addContact(draft, Actors.current()));
    }

    /** Assessment decisions are the work station's; {@code decidedBy} is the caller's subject, whatever was sent. */
    @PostMapping(path = "/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('WORK_STATION_STAFF')")
    ResponseEntity<Changed> decision(@RequestBody DecisionDraft draft) {
        return accepted(draft.informantToken(), informants.decide(draft, Actors.current()));
    }

    @PostMapping(path = "/record", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(STAFF)
    InformantDetails record(@RequestBody TokenOnly body) {
        if (body.informantToken() == null || body.informantToken().isBlank()) {
            throw new RulesViolated(List.of(new Violation("informantToken", "必填 / required")));
        }
        return queries.record(body.informantToken(), Actors.current())
                .orElseThrow(() -> new NotFound("没有这个信息员 / No such informant"));
    }

    /**
     * The custodian opens an informant's sealed identity for a stated reason (at least 10
     * characters). The reveal is audited before the answer leaves; the answer is never cached.
     */
    @PostMapping(path = "/identity", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('IDENTITY_CUSTODIAN')")
    ResponseEntity<RevealedIdentity> identity(@RequestBody RevealRequest body) {
        Identity identity = informants.reveal(body.informantToken(), body.reason(), Actors.current());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Pragma", "no-cache")
                .body(RevealedIdentity.of(String.valueOf(body.informantToken()).strip(), identity));
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

    record RevealRequest(
            @Nullable String informantToken, @Nullable String reason) {

        @Override
        public String toString() {
            return "RevealRequest[token withheld, reason withheld]";
        }
    }

    /** The identity as the custodian reads it; it prints without a single value. */
    record RevealedIdentity(
            String informantToken,
            String name,
            String phone,
            @Nullable String email,
            @Nullable String idNumber) {

        static RevealedIdentity of(String token, Identity identity) {
            return new RevealedIdentity(
                    token, identity.name(), identity.phone(), identity.email(), identity.idNumber());
        }

        @Override
        public String toString() {
            return "RevealedIdentity[withheld]";
        }
    }

    record TokenOnly(@Nullable String informantToken) {

        @Override
        public String toString() {
            return "TokenOnly[token withheld]";
        }
    }
}
