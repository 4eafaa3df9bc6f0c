package org.qingfeng.intake.submission;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.intake.web.ServiceUnavailable;

/** A submission log that keeps what it was given, or refuses it as a broker that is away would. */
class FakeSubmissionLog implements SubmissionLog {

    private final List<SubmissionReceived> appended = new CopyOnWriteArrayList<>();
    private volatile boolean brokerAway;

    @Override
    public void append(List<SubmissionReceived> submissions) {
        if (brokerAway) {
            throw new ServiceUnavailable("no acknowledgement", new IllegalStateException("broker away"));
        }
        appended.addAll(submissions);
    }

    List<SubmissionReceived> appended() {
        return List.copyOf(appended);
    }

    void brokerAway(boolean away) {
        this.brokerAway = away;
    }

    void clear() {
        appended.clear();
        brokerAway = false;
    }
}
