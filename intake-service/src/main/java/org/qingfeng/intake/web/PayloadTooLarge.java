package org.qingfeng.intake.web;

import org.springframework.util.unit.DataSize;

/** A request body over its limit: answered with {@code 413} before anything is parsed or written. */
public final class PayloadTooLarge extends RuntimeException {

    private final transient DataSize limit;

    public PayloadTooLarge(DataSize limit) {
        super("body over " + limit.toBytes() + " bytes");
        this.limit = limit;
    }

    DataSize limit() {
        return limit;
    }
}
