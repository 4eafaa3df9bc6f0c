package org.qingfeng.intake.notify;

import java.util.ArrayList;
import java.util.List;

/** An SMS gateway that keeps what it was asked to send, for tests anywhere in the service. */
public final class RecordingSmsGateway implements SmsGateway {

    public record Sms(String phone, String text) {}

    private final List<Sms> sent = new ArrayList<>();

    @Override
    public synchronized void send(String phone, String text) {
        sent.add(new Sms(phone, text));
    }

    /** What was sent since the last call, oldest first. */
    public synchronized List<Sms> drain() {
        List<Sms> drained = List.copyOf(sent);
        sent.clear();
        return drained;
    }
}
