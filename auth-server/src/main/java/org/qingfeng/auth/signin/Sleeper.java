package org.qingfeng.auth.signin;

import java.time.Duration;

/** Waits before a failed sign-in is answered; tests record the waits instead of sitting them out. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration);

    /** The real wait, on the request's thread. */
    static Sleeper real() {
        return duration -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
