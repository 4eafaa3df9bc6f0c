package org.qingfeng.intake.notify;

/**
 * A message was not taken by its gateway. Carries no cause: the causes of mail and HTTP failures
 * quote the recipient.
 */
public final class NotificationFailed extends RuntimeException {

    public NotificationFailed(String message) {
        super(message);
    }
}
