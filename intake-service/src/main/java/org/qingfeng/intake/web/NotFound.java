package org.qingfeng.intake.web;

/**
 * Nothing is known under what was asked for: answered with {@code 404}.
 *
 * @param detail for the client, Chinese first, never echoing a receipt
 */
public final class NotFound extends RuntimeException {

    public NotFound(String detail) {
        super(detail);
    }
}
