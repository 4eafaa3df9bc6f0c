package org.qingfeng.intake.sealing;

/** A sealed box that does not open. The message never contains any part of the box or its plaintext. */
public class SealedBoxUnreadable extends RuntimeException {

    public SealedBoxUnreadable(String message) {
        super(message);
    }
}
