package org.qingfeng.auth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.qingfeng.auth.signin.Sleeper;

/** Notes each wait a failed sign-in asks for instead of waiting. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
    }

    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }

    public synchronized void clear() {
        waits.clear();
    }
}
