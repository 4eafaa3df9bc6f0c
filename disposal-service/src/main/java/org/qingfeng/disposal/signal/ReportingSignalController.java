package org.qingfeng.disposal.signal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.qingfeng.disposal.signal.rules.ReportingSignal;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.security.Scopes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The late and missing reports, newest window first, for the work station to follow up: only those
 * of reporting units in the caller's subtree.
 */
@RestController
class ReportingSignalController {

    private static final String LIMIT_RANGE = "条数须在 1 到 200 之间 / limit must be between 1 and 200";

    private final ReportingSignalStore signals;
    private final Scopes scopes;

    ReportingSignalController(ReportingSignalStore signals, Scopes scopes) {
        this.signals = signals;
        this.scopes = scopes;
    }

    @GetMapping("/api/reporting-signals")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF')")
    Signals signals(
            @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = LIMIT_RANGE)
                    @Max(value = 200, message = LIMIT_RANGE)
                    int limit) {
        Actor actor = Actors.current();
        return new Signals(signals.newest(limit, signal -> scopes.covers(actor, signal.unitCode())));
    }

    record Signals(List<ReportingSignal> signals) {}
}
