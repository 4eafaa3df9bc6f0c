package org.qingfeng.intake.rhythm;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand. */
final class MutableClock extends Clock {

    private volatile Instant now;

    MutableClock(Instant now) {
        this.now = now;
    }

    /** Sets the clock to a local time of a day in {@code zone}. */
    void set(LocalDate day, LocalTime time, ZoneId zone) {
        now = day.atTime(time).atZone(zone).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service reads instants only");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
