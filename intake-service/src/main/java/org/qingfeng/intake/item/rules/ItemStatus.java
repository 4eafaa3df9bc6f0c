package org.qingfeng.intake.item.rules;

/** Where an item stands, as staff and the submitter (by receipt) see it. */
public enum ItemStatus {
    /** Acknowledged by the broker: only ever in the answer to the submission itself. */
    RECEIVED("已接收 / Received"),
    /** In the items projection and published to the network. */
    REGISTERED("已登记 / Registered"),
    /** Disposal issued a warning about it. */
    WARNING_ISSUED("已预警 / Warning issued");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
