package org.qingfeng.analysis.network;

import org.qingfeng.analysis.network.rules.NetworkSummary;
import org.qingfeng.support.security.Actors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The network in figures, as analysis has it projected: the caller's subtree only. */
@RestController
class NetworkController {

    private final NetworkDirectory directory;

    NetworkController(NetworkDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/analysis/network")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF','MONITORING_STAFF')")
    NetworkSummary network() {
        return directory.summary(Actors.current());
    }
}
