package org.qingfeng.intake.rhythm;

import java.time.Instant;

/**
 * The messages of requested reminders already sent, one per request, channel and recipient: a
 * message is claimed before it is sent, marked sent after, and released if the sender failed, so a
 * redelivered request sends only what has not gone yet.
 */
interface SentMessages {

    /** True if this call claimed {@code key}; false if it was claimed before, by anyone. */
    boolean claim(String key, Instant at);

    /** The claimed message went. */
    void sent(String key, Instant at);

    /** The claimed message did not go: a retry may claim it again. */
    void release(String key);
}
