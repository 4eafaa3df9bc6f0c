package org.qingfeng.intake.notify;

import java.util.ArrayList;
import java.util.List;

/** A mail gateway that keeps what it was asked to send, for tests anywhere in the service. */
public final class RecordingMailGateway implements MailGateway {

    public record Mail(String address, String subject, String body) {}

    private final List<Mail> sent = new ArrayList<>();

    @Override
    public synchronized void send(String address, String subject, String body) {
        sent.add(new Mail(address, subject, body));
    }

    /** What was sent since the last call, oldest first. */
    public synchronized List<Mail> drain() {
        List<Mail> drained = List.copyOf(sent);
        sent.clear();
        return drained;
    }
}
