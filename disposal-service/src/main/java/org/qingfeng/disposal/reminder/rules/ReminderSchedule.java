package org.qingfeng.disposal.reminder.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * When a reminder is due before a deadline. A reply's deadline ({@code dueAt}, the start of the day after
 * the last working day) is reminded of in working days: lead {@code n} fires at {@code morning} of the
 * working day {@code n} working days before the last day, lead 0 on the last day's morning. The immediate
 * lane's acknowledgement deadline is reminded of by plain durations before it ({@code PT4H}).
 *
 * <p>A lead fires once its time has come and while the deadline has not passed. When several leads have
 * come (the service was down, or a deadline shorter than a lead), only the one nearest the deadline is
 * asked for: an older reminder would say less than the newer one.
 */
public final class ReminderSchedule {

    private final List<Integer> dueLeadDays;
    private final List<Duration> acknowledgeLeads;
    private final LocalTime morning;
    private final ZoneId zone;
    private final Predicate<LocalDate> workingDay;

    public ReminderSchedule(
            List<Integer> dueLeadDays,
            List<Duration> acknowledgeLeads,
            LocalTime morning,
            ZoneId zone,
            Predicate<LocalDate> workingDay) {
        if (dueLeadDays.stream().anyMatch(n -> n < 0)
                || acknowledgeLeads.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("reminder leads must not be negative");
        }
        this.dueLeadDays = List.copyOf(dueLeadDays);
        this.acknowledgeLeads = List.copyOf(acknowledgeLeads);
        this.morning = morning;
        this.zone = zone;
        this.workingDay = workingDay;
    }

    /** A lead and when it fires; {@code code} is an ISO-8601 period ({@code P2D}: two working days) or duration. */
    public record Lead(String code, Instant firesAt) {}

    /** The reply reminder to ask for at {@code now}, if any. */
    public Optional<Lead> beforeDue(Instant dueAt, Instant now) {
        List<Lead> leads = new ArrayList<>();
        LocalDate lastDay = dueAt.atZone(zone).toLocalDate().minusDays(1);
        for (int days : dueLeadDays) {
            leads.add(new Lead(
                    "P" + days + "D",
                    workingDaysBefore(lastDay, days)
                            .atTime(morning)
                            .atZone(zone)
                            .toInstant()));
        }
        return latestCome(leads, dueAt, now);
    }

    /** The acknowledgement reminder to ask for at {@code now}, if any. */
    public Optional<Lead> beforeAcknowledgement(Instant acknowledgeBy, Instant now) {
        List<Lead> leads = acknowledgeLeads.stream()
                .map(lead -> new Lead(lead.toString(), acknowledgeBy.minus(lead)))
                .toList();
        return latestCome(leads, acknowledgeBy, now);
    }

    private static Optional<Lead> latestCome(List<Lead> leads, Instant deadline, Instant now) {
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        return leads.stream()
                .filter(lead -> !now.isBefore(lead.firesAt()) && lead.firesAt().isBefore(deadline))
                .max(Comparator.comparing(Lead::firesAt));
    }

    private LocalDate workingDaysBefore(LocalDate lastDay, int days) {
        LocalDate day = lastDay;
        int counted = 0;
        while (counted < days) {
            day = day.minusDays(1);
            if (workingDay.test(day)) {
                counted++;
            }
        }
        return day;
    }
}
