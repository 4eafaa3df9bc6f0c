package org.qingfeng.intake.messaging;

/**
 * Writing a poll's outcome failed (the store or the broker is away): the records are fine, so they
 * are retried until it comes back rather than sent to the dead-letter topic.
 */
public final class ProjectionUnavailable extends RuntimeException {

    ProjectionUnavailable(Throwable cause) {
        super("projection write failed: " + cause.getMessage(), cause);
    }
}
