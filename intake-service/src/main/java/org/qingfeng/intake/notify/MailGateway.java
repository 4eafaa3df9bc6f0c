package org.qingfeng.intake.notify;

/** Sends a plain-text e-mail. The address is personal data: implementations never log it. */
public interface MailGateway {

    /** Returns once the mail server took the message; {@link NotificationFailed} if it did not. */
    void send(String address, String subject, String body);
}
