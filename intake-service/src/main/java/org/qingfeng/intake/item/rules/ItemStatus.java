package org.qingfeng.intake.item.rules;

/**
 * Where an item stands, as staff and the submitter (by receipt) see it. Labels are Chinese first; a
 * referral reads vaguely on purpose, since the receipt holder learns only that others took it over.
 */
public enum ItemStatus {
    /** Acknowledged by the broker: only ever in the answer to the submission itself. */
    RECEIVED("已接收 / Received"),
    /** In the items projection and published to the network. */
    REGISTERED("已登记 / Registered"),
    /** Disposal issued a warning about it (the warnings before cases; kept as history). */
    WARNING_ISSUED("已预警 / Warning issued"),
    /** A disposal case about it is open: notified, acknowledged, escalated, waiting for a reply. */
    IN_DISPOSAL("处置中 / In disposal"),
    /** The unit replied with its explanation or rectification report; the work station has yet to verify it. */
    RECTIFICATION_REPORTED("已报告整改，待核查 / Rectification reported"),
    /** The work station verified the rectification and closed the case. */
    CLOSED("已办结 / Closed"),
    /** Handed over for case investigation. */
    REFERRED("已移交有关部门 / Handed over");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
