package org.qingfeng.contracts;

/** Header names on every record. */
public final class EventHeaders {

    /** The logical event name, such as {@code item-submitted}; never a Java class name. */
    public static final String EVENT_TYPE = "event-type";

    private EventHeaders() {}
}
