package org.qingfeng.disposal.signal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.qingfeng.disposal.signal.rules.ReportingSignal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The late and missing reports, newest window first, for the work station to follow up. */
@RestController
class ReportingSignalController {

    private static final String LIMIT_RANGE = "条数须在 1 到 200 之间 / limit must be between 1 and 200";

    private final ReportingSignalStore signals;

    ReportingSignalController(ReportingSignalStore signals) {
        this.signals = signals;
    }

    @GetMapping("/api/reporting-signals")
    Signals signals(
            @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = LIMIT_RANGE)
                    @Max(value = 200, message = LIMIT_RANGE)
                    int limit) {
        return new Signals(signals.newest(limit));
    }

    record Signals(List<ReportingSignal> signals) {}
}
