package org.qingfeng.intake.rhythm;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

final class InMemorySentMessages implements SentMessages {

    private final Map<String, Optional<Instant>> messages = new HashMap<>();

    @Override
    public synchronized boolean claim(String key, Instant at) {
        return messages.putIfAbsent(key, Optional.empty()) == null;
    }

    @Override
    public synchronized void sent(String key, Instant at) {
        messages.put(key, Optional.of(at));
    }

    @Override
    public synchronized void release(String key) {
        messages.remove(key);
    }

    synchronized Map<String, Optional<Instant>> all() {
        return Map.copyOf(messages);
    }
}
