package org.qingfeng.analysis.network;

import org.qingfeng.analysis.network.rules.NetworkSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The network in figures, as analysis has it projected. */
@RestController
class NetworkController {

    private final NetworkDirectory directory;

    NetworkController(NetworkDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/analysis/network")
    NetworkSummary network() {
        return directory.summary();
    }
}
