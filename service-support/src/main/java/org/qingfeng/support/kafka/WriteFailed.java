package org.qingfeng.support.kafka;

/**
 * Writing a poll's outcome failed. Whether the poll is retried until it works or its first record
 * goes to the dead-letter topic after a few retries depends on the cause: see {@link RetryPolicy}.
 */
public final class WriteFailed extends RuntimeException {

    WriteFailed(Throwable cause) {
        super("the write of a poll failed: " + cause.getClass().getSimpleName(), cause);
    }
}
