package org.qingfeng.analysis.period;

import org.jspecify.annotations.Nullable;
import org.qingfeng.support.security.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The work station closes and reopens its months and quarters ({@code 202} once the version is durable in
 * Kafka); the station's staff and the townships under it read them.
 */
@RestController
class PeriodController {

    private final PeriodCloses closes;
    private final PeriodViews views;

    PeriodController(PeriodCloses closes, PeriodViews views) {
        this.closes = closes;
        this.views = views;
    }

    @PostMapping("/api/periods/close")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('WORK_STATION_STAFF')")
    PeriodCloses.Closed close(@RequestBody CloseRequest request) {
        return closes.close(request.period(), Actors.current());
    }

    @PostMapping("/api/periods/reopen")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('WORK_STATION_STAFF')")
    PeriodCloses.Reopened reopen(@RequestBody ReopenRequest request) {
        return closes.reopen(request.period(), request.reason(), Actors.current());
    }

    @GetMapping("/api/periods/{period}")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF')")
    PeriodViews.View period(
            @PathVariable String period,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String station) {
        return views.period(period, version, station, Actors.current());
    }

    @GetMapping("/api/periods")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF')")
    PeriodViews.Year year(@RequestParam int year, @RequestParam(required = false) @Nullable String station) {
        return views.year(year, station, Actors.current());
    }

    record CloseRequest(@Nullable String period) {}

    record ReopenRequest(@Nullable String period, @Nullable String reason) {}
}
