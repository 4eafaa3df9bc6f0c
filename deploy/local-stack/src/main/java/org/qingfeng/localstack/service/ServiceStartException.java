package org.qingfeng.localstack.service;

import java.util.List;

/** A service died or never became ready; the message ends with the last lines it printed. */
public final class ServiceStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ServiceStartException(Service service, String why, List<String> lastLines) {
        super(service.serviceName() + " " + why + "; its last lines:\n  " + String.join("\n  ", lastLines));
    }
}
