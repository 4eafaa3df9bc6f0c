package org.qingfeng.intake.rhythm;

import org.qingfeng.intake.rhythm.rules.FilingDraft;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/reporting/reports}: {@code 202} with the report's state once the broker holds it. */
@RestController
class FilingController {

    private final FilingService filings;

    FilingController(FilingService filings) {
        this.filings = filings;
    }

    @PostMapping(path = "/api/reporting/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FilingService.Filed> file(@RequestBody FilingDraft draft) {
        return ResponseEntity.accepted().body(filings.file(draft));
    }
}
