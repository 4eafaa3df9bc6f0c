package org.qingfeng.intake.notify;

/** Sends a text message. The number is personal data: implementations never log it. */
public interface SmsGateway {

    /** Returns once the gateway took the message; {@link NotificationFailed} if it did not. */
    void send(String phone, String text);
}
