package org.qingfeng.gateway.console.disposal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
import org.qingfeng.gateway.console.Periods;
import org.qingfeng.gateway.console.Reading;
import org.qingfeng.gateway.console.ServiceReads;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * 整改情况通报: the month's rectification bulletin over the caller's subtree (disposal scopes it),
 * its rows and totals, and the document as PDF and OFD through the disposal route.
 */
@Controller
class BulletinsConsoleController {

    private final ServiceReads reads;
    private final Clock clock;
    private final ZoneId zone;

    BulletinsConsoleController(ServiceReads reads, Clock clock, GatewayProperties properties) {
        this.reads = reads;
        this.clock = clock;
        this.zone = properties.console().zone();
    }

    @GetMapping("/console/bulletins")
    Mono<Rendering> page(@RequestParam(required = false) @Nullable String month) {
        String chosen = Periods.month(month, LocalDate.now(clock.withZone(zone)));
        return Reading.of(
                        reads.answer(Backend.DISPOSAL, "/api/bulletins/{month}", Bulletin.class, chosen),
                        Backend.DISPOSAL)
                .map(read -> Rendering.view("bulletins")
                        .modelAttribute("page", "bulletins")
                        .modelAttribute("month", chosen)
                        .modelAttribute("previous", Periods.previousMonth(chosen))
                        .modelAttribute("bulletin", read)
                        .build());
    }
}
