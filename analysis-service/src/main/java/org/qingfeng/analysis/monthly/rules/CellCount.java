package org.qingfeng.analysis.monthly.rules;

/**
 * One aggregate cell as read: a month's items of one township, unit, subject area and channel.
 *
 * @param handled items with a triage decision
 * @param excluded items decided {@code DUPLICATE}, {@code UNFOUNDED} or {@code MALICIOUS}: in the
 *     totals, but not separate problems for the detectors
 */
public record CellCount(
        String month,
        String township,
        String unit,
        String subject,
        String channel,
        long items,
        long handled,
        long excluded) {

    /** Items that are problems of their own: not a repeat of another item, not found untrue. */
    public long problems() {
        return items - excluded;
    }
}
