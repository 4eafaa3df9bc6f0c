package org.qingfeng.disposal.cases.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the test moves: set to a local time in the station's zone, or moved on. */
final class MutableClock extends Clock {

    private Instant now;

    MutableClock(Instant now) {
        this.now = now;
    }

    static MutableClock at(String localDateTime) {
        return new MutableClock(
                LocalDateTime.parse(localDateTime).atZone(Deadlines.ZONE).toInstant());
    }

    void set(String localDateTime) {
        now = LocalDateTime.parse(localDateTime).atZone(Deadlines.ZONE).toInstant();
    }

    void setInstant(Instant instant) {
        now = instant;
    }

    void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return Deadlines.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the station's zone only");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
