package org.qingfeng.intake.web;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bench's HTTP baseline: a constant answer that does no work at all. */
@RestController
class PingController {

    private static final String PONG = "{\"pong\":true}";

    /** Open to anyone, with or without a token. */
    @PreAuthorize("permitAll()")
    @GetMapping(path = "/api/ping", produces = MediaType.APPLICATION_JSON_VALUE)
    String ping() {
        return PONG;
    }
}
