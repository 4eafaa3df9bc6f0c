package org.qingfeng.support.kafka;

/** A record that cannot be read or is not whole: retrying will not help, it belongs on the dead-letter topic. */
public final class UnreadableEvent extends RuntimeException {

    UnreadableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
