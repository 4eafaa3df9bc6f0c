package org.qingfeng.localstack;

/** Item statuses as intake answers them, that the system tests wait for. */
public final class SystemStatuses {

    /** A disposal case holds the item: what an immediate item reaches once every service handled it. */
    public static final String IN_DISPOSAL = "IN_DISPOSAL";

    private SystemStatuses() {}
}
