package org.qingfeng.gateway.console;

import org.jspecify.annotations.Nullable;

/**
 * A service's answer to a console change: accepted (2xx) with the body it sent, if any, or refused
 * with its problem. A service that cannot be reached is not an answer: the call fails instead.
 */
public record Answer<T>(
        int status, @Nullable T body, @Nullable Problem problem) {

    static <T> Answer<T> accepted(int status, @Nullable T body) {
        return new Answer<>(status, body, null);
    }

    static <T> Answer<T> refused(int status, Problem problem) {
        return new Answer<>(status, null, problem);
    }

    public boolean isAccepted() {
        return problem == null;
    }

    /** A refusal on the request's own content (400), whose errors name the fields. */
    public boolean isInvalid() {
        return status == 400 && problem != null;
    }
}
