package org.qingfeng.analysis.assessment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.contracts.intake.InformantChanged;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.support.calendar.NoWorkingDayTable;
import org.qingfeng.support.calendar.WorkingDayCalendar;

/**
 * The figures of method assessment-1 worked out again from the raw events, without any of the
 * service's code: the test's own reading of the README, with the deadline counted forward from the
 * day it happened by the shared calendar, where the service counts the working days up to receipt.
 */
final class IndependentAssessment {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int TIMELY_WORKING_DAYS = 5;

    private final WorkingDayCalendar calendar;
    private final List<ItemSubmitted> submitted;
    private final Map<UUID, TriageDecision> latestDecision = new HashMap<>();
    private final Set<UUID> warned = new HashSet<>();

    IndependentAssessment(
            WorkingDayCalendar calendar,
            List<ItemSubmitted> submitted,
            List<ItemTriaged> decisions,
            List<WarningIssued> warnings) {
        this.calendar = calendar;
        this.submitted = submitted;
        decisions.stream()
                .sorted(Comparator.comparingInt(ItemTriaged::sequence))
                .forEach(decision -> latestDecision.put(decision.itemId(), decision.decision()));
        warnings.forEach(warning -> warned.add(warning.itemId()));
    }

    Figures of(InformantChanged informant, int year, LocalDate today) {
        List<ItemSubmitted> mine = submitted.stream()
                .filter(item -> informant.informantToken().equals(item.informantToken()))
                .filter(item -> item.occurredAt().atZone(BEIJING).getYear() == year)
                .toList();
        int items = mine.size();
        int adopted = 0;
        int duplicates = 0;
        int unfounded = 0;
        int malicious = 0;
        int timely = 0;
        int dated = 0;
        for (ItemSubmitted item : mine) {
            TriageDecision decision = latestDecision.get(item.itemId());
            boolean foundAgainst = decision == TriageDecision.DUPLICATE
                    || decision == TriageDecision.UNFOUNDED
                    || decision == TriageDecision.MALICIOUS;
            if (decision == TriageDecision.ACCEPTED
                    || decision == TriageDecision.LINKED
                    || (warned.contains(item.itemId()) && !foundAgainst)) {
                adopted++;
            }
            duplicates += decision == TriageDecision.DUPLICATE ? 1 : 0;
            unfounded += decision == TriageDecision.UNFOUNDED ? 1 : 0;
            malicious += decision == TriageDecision.MALICIOUS ? 1 : 0;
            Boolean onTime = onTime(item);
            if (onTime != null) {
                dated++;
                timely += onTime ? 1 : 0;
            }
        }
        int score = 2 * items + 3 * adopted + timely - duplicates - 3 * unfounded - 10 * malicious;
        double adoptedShare = round(items == 0 ? 0 : (double) adopted / items);
        double timelyShare = round(dated == 0 ? 0 : (double) timely / dated);
        String recommendation;
        if (informant.status() == InformantStatus.DISMISSED) {
            recommendation = "NONE";
        } else if (malicious >= 1
                || (items >= 3 && (unfounded + malicious) * 2 >= items)
                || (informant.status() == InformantStatus.ACTIVE
                        && items == 0
                        && year < today.getYear()
                        && !informant.appointedOn().isAfter(LocalDate.of(year, 1, 1)))) {
            recommendation = "DISMISS";
        } else if (items >= 3 && adopted * 5 >= items * 3 && timely * 5 >= dated * 4 && dated > 0) {
            recommendation = "COMMEND";
        } else {
            recommendation = "NONE";
        }
        return new Figures(
                items,
                adopted,
                adoptedShare,
                timely,
                timelyShare,
                duplicates,
                unfounded,
                malicious,
                score,
                recommendation);
    }

    /** On time by the deadline; null when it cannot be told (no day given, or no calendar for it). */
    private @Nullable Boolean onTime(ItemSubmitted item) {
        LocalDate occurredOn = item.item().occurredOn();
        if (occurredOn == null) {
            return null;
        }
        try {
            LocalDate deadline = calendar.plusWorkingDays(occurredOn, TIMELY_WORKING_DAYS);
            return !item.occurredAt().atZone(BEIJING).toLocalDate().isAfter(deadline);
        } catch (NoWorkingDayTable e) {
            return null;
        }
    }

    private static double round(double share) {
        return Math.round(share * 100) / 100.0;
    }

    record Figures(
            int items,
            int adopted,
            double adoptedShare,
            int timely,
            double timelyShare,
            int duplicates,
            int unfounded,
            int malicious,
            int score,
            String recommendation) {}
}
