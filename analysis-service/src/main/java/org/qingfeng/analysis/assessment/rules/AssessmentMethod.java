package org.qingfeng.analysis.assessment.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.intake.InformantStatus;

/**
 * The assessment method {@value #VERSION}: an informant's figures for one year from their items, a
 * score and a recommendation with its reasons. Every figure is a count over the items, so anyone can
 * recompute it from the events.
 *
 * <ul>
 *   <li>items: received in the year (in the commission's zone);
 *   <li>adopted: see {@link ItemFacts#adopted()}; duplicates, unfounded, malicious: by the latest decision;
 *   <li>timely: received on or before the N-th working day after the day it happened; items without
 *       that day, or touching a year without a working-day table, are left out of the timely share
 *       and the reasons say so;
 *   <li>score: 2 per item, 3 per adopted, 1 per timely, −1 per duplicate, −3 per unfounded, −10 per
 *       malicious;
 *   <li>recommendation: DISMISS if any dismiss condition holds, else COMMEND if every commend
 *       condition holds, else NONE; an informant already dismissed gets NONE.
 * </ul>
 */
public final class AssessmentMethod {

    public static final String VERSION = "assessment-1";

    static final int PER_ITEM = 2;
    static final int PER_ADOPTED = 3;
    static final int PER_TIMELY = 1;
    static final int PER_DUPLICATE = -1;
    static final int PER_UNFOUNDED = -3;
    static final int PER_MALICIOUS = -10;

    private final Thresholds thresholds;
    private final WorkingDays workingDays;

    public AssessmentMethod(Thresholds thresholds, WorkingDays workingDays) {
        this.thresholds = thresholds;
        this.workingDays = workingDays;
    }

    /**
     * @param items the informant's items received in {@code year}
     * @param today the commission's today: only a year already over can have been silent throughout
     */
    public Assessment assess(int year, LocalDate today, Informant informant, List<ItemFacts> items) {
        int count = items.size();
        int adopted = count(items, ItemFacts::adopted);
        int duplicates = count(items, item -> item.is(TriageDecision.DUPLICATE));
        int unfounded = count(items, item -> item.is(TriageDecision.UNFOUNDED));
        int malicious = count(items, item -> item.is(TriageDecision.MALICIOUS));
        Timeliness timeliness = timeliness(items);
        int score = PER_ITEM * count
                + PER_ADOPTED * adopted
                + PER_TIMELY * timeliness.timely()
                + PER_DUPLICATE * duplicates
                + PER_UNFOUNDED * unfounded
                + PER_MALICIOUS * malicious;

        Figures figures = new Figures(year, count, adopted, timeliness, unfounded, malicious);
        List<String> reasons = new ArrayList<>();
        Recommendation recommendation = recommend(informant, figures, today, reasons);
        reasons.addAll(timeliness.notes());
        return new Assessment(
                informant.informantToken(),
                informant.homeNodeCode(),
                informant.status(),
                count,
                adopted,
                share(adopted, count).doubleValue(),
                timeliness.timely(),
                share(timeliness.timely(), timeliness.reckoned()).doubleValue(),
                duplicates,
                unfounded,
                malicious,
                score,
                recommendation,
                reasons);
    }

    private Recommendation recommend(Informant informant, Figures figures, LocalDate today, List<String> reasons) {
        if (!informant.onRoster()) {
            reasons.add("名册中暂无该信息员 / not on the roster yet");
        }
        if (informant.status() == InformantStatus.DISMISSED) {
            reasons.add("已解聘，不再提出建议 / already dismissed: no recommendation");
            return Recommendation.NONE;
        }
        List<String> dismiss = dismissReasons(informant, figures, today);
        if (!dismiss.isEmpty()) {
            reasons.addAll(dismiss);
            return Recommendation.DISMISS;
        }
        if (commended(figures)) {
            String adopted = share(figures.adopted(), figures.items()).toPlainString();
            String timely = share(
                            figures.timeliness().timely(), figures.timeliness().reckoned())
                    .toPlainString();
            reasons.add("报送 %d 件，采用率 %s，及时率 %s，无恶意举报 / %d items, adopted share %s, timely share %s, none malicious"
                    .formatted(figures.items(), adopted, timely, figures.items(), adopted, timely));
            return Recommendation.COMMEND;
        }
        reasons.add(
                figures.items() == 0
                        ? "本年度没有报送 / no items this year"
                        : "未达到表彰或解聘条件 / meets neither the commend nor the dismiss conditions");
        return Recommendation.NONE;
    }

    private List<String> dismissReasons(Informant informant, Figures figures, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        if (figures.malicious() >= thresholds.dismissMinMalicious()) {
            reasons.add("恶意举报 %d 件 / %d malicious item(s)".formatted(figures.malicious(), figures.malicious()));
        }
        int untrue = figures.unfounded() + figures.malicious();
        if (figures.items() >= thresholds.dismissMinItems()
                && atLeast(untrue, figures.items(), thresholds.dismissMinFalseShare())) {
            String share = share(untrue, figures.items()).toPlainString();
            String limit = thresholds.dismissMinFalseShare().toPlainString();
            reasons.add("%d 件中不实及恶意 %d 件，占 %s（不低于 %s） / %d of %d items unfounded or malicious, share %s (at least %s)"
                    .formatted(figures.items(), untrue, share, limit, untrue, figures.items(), share, limit));
        }
        if (silentWholeYear(informant, figures, today)) {
            reasons.add("%d 年全年在任但没有报送任何信息 / active throughout %d without a single item"
                    .formatted(figures.year(), figures.year()));
        }
        return reasons;
    }

    private boolean silentWholeYear(Informant informant, Figures figures, LocalDate today) {
        LocalDate appointedOn = informant.appointedOn();
        return thresholds.dismissSilentWholeYear()
                && informant.status() == InformantStatus.ACTIVE
                && figures.items() == 0
                && figures.year() < today.getYear()
                && appointedOn != null
                && !appointedOn.isAfter(LocalDate.of(figures.year(), 1, 1));
    }

    private boolean commended(Figures figures) {
        Timeliness timeliness = figures.timeliness();
        return figures.items() >= thresholds.commendMinItems()
                && figures.malicious() == 0
                && atLeast(figures.adopted(), figures.items(), thresholds.commendMinAdoptedShare())
                && atLeast(timeliness.timely(), timeliness.reckoned(), thresholds.commendMinTimelyShare());
    }

    private Timeliness timeliness(List<ItemFacts> items) {
        int timely = 0;
        int reckoned = 0;
        int undated = 0;
        SortedMap<Integer, Integer> withoutTable = new TreeMap<>();
        for (ItemFacts item : items) {
            LocalDate occurredOn = item.occurredOn();
            if (occurredOn == null) {
                undated++;
                continue;
            }
            try {
                if (timely(occurredOn, item.receivedOn())) {
                    timely++;
                }
                reckoned++;
            } catch (WorkingDays.NoTable e) {
                withoutTable.merge(e.year(), 1, Integer::sum);
            }
        }
        return new Timeliness(timely, reckoned, undated, withoutTable);
    }

    /**
     * Received on or before the N-th working day after it happened: fewer than N working days lie
     * after that day and before the day of receipt. Counting up to the receipt only, never to a
     * deadline beyond it, keeps an item received in December clear of next year's table.
     */
    private boolean timely(LocalDate occurredOn, LocalDate receivedOn) {
        return !receivedOn.isAfter(occurredOn)
                || workingDays.between(occurredOn, receivedOn.minusDays(1)) < thresholds.timelyWorkingDays();
    }

    private static int count(List<ItemFacts> items, Predicate<ItemFacts> counted) {
        return (int) items.stream().filter(counted).count();
    }

    /** {@code part / whole}, two places, half up; 0 when there is no whole. */
    static BigDecimal share(int part, int whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** {@code part / whole >= threshold}, exactly, never on a rounded share; false when there is no whole. */
    static boolean atLeast(int part, int whole, BigDecimal threshold) {
        return whole > 0 && BigDecimal.valueOf(part).compareTo(threshold.multiply(BigDecimal.valueOf(whole))) >= 0;
    }

    private record Figures(int year, int items, int adopted, Timeliness timeliness, int unfounded, int malicious) {}

    /**
     * @param reckoned the items whose timeliness could be reckoned: the base of the timely share
     */
    private record Timeliness(int timely, int reckoned, int undated, Map<Integer, Integer> withoutTable) {

        List<String> notes() {
            List<String> notes = new ArrayList<>();
            if (undated > 0) {
                notes.add("%d 件未填写发生日期，未计入及时率 / %d item(s) without the day it happened left out of the timely share"
                        .formatted(undated, undated));
            }
            withoutTable.forEach((year, items) -> notes.add(
                    "%d 件涉及 %d 年，该年没有工作日历表，未计入及时率 / %d item(s) left out of the timely share: no working-day table for %d"
                            .formatted(items, year, items, year)));
            return notes;
        }
    }
}
