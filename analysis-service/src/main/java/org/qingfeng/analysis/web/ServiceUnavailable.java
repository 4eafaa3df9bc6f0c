package org.qingfeng.analysis.web;

/** Something this request depends on is away: answered with {@code 503} and {@code Retry-After}. */
public final class ServiceUnavailable extends RuntimeException {

    public ServiceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
