package org.qingfeng.intake.rhythm;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

final class InMemoryReminderClaims implements ReminderClaims {

    private final Set<String> claimed = new HashSet<>();

    @Override
    public synchronized boolean claim(String key, Instant at) {
        return claimed.add(key);
    }
}
