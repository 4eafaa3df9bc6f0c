package org.qingfeng.analysis.register.rules;

import java.time.LocalDate;
import java.util.Collection;
import org.qingfeng.contracts.analysis.RiskLevel;

/**
 * Where a point stands today.
 *
 * <ul>
 *   <li><b>Self-check.</b> A-level points are checked every 6 months, B and C every 12, counted from
 *       the last self-check, else from when the holder took the post, else from the day the point was
 *       first recorded; months are calendar months, so 31 August + 6 months is the last day of
 *       February. The point is overdue when today is after that day.
 *   <li><b>Rotation.</b> An A-level post point whose holder has served five full years (任职满五年,
 *       the fifth anniversary included) is due for rotation.
 *   <li><b>Firing.</b> Items tagged to the point (latest decision ACCEPTED or LINKED) on one of the
 *       last {@code days} days, today included, are counted; at least {@code min} make it firing.
 * </ul>
 *
 * A retired point is neither overdue, due for rotation nor firing.
 */
public record Standing(LocalDate nextSelfCheckOn, boolean overdue, boolean rotationDue, boolean firing, int items) {

    public static final int ROTATION_YEARS = 5;

    /** The firing window: the last {@code days} days, and how many tagged items make a point firing. */
    public record Window(int days, int min) {

        public Window {
            if (days < 1 || min < 1) {
                throw new IllegalArgumentException("days and min must be at least 1");
            }
        }

        public int count(Collection<LocalDate> taggedOn, LocalDate today) {
            LocalDate from = today.minusDays(days - 1L);
            return (int) taggedOn.stream()
                    .filter(day -> !day.isBefore(from) && !day.isAfter(today))
                    .count();
        }
    }

    public static Standing of(
            RiskPoint point,
            LocalDate firstRecordedOn,
            Collection<LocalDate> taggedOn,
            LocalDate today,
            Window window) {
        LocalDate next = nextSelfCheckOn(point, firstRecordedOn);
        int items = window.count(taggedOn, today);
        return new Standing(
                next,
                point.active() && today.isAfter(next),
                point.active() && rotationDue(point, today),
                point.active() && items >= window.min(),
                items);
    }

    public static LocalDate nextSelfCheckOn(RiskPoint point, LocalDate firstRecordedOn) {
        LocalDate from = point.lastSelfCheckOn() != null
                ? point.lastSelfCheckOn()
                : point.holderSince() != null ? point.holderSince() : firstRecordedOn;
        return from.plusMonths(point.level() == RiskLevel.A ? 6 : 12);
    }

    public static boolean rotationDue(RiskPoint point, LocalDate today) {
        return point.level() == RiskLevel.A
                && point.post() != null
                && point.holderSince() != null
                && !today.isBefore(point.holderSince().plusYears(ROTATION_YEARS));
    }
}
