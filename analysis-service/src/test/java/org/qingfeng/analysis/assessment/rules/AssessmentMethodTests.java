package org.qingfeng.analysis.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.Calendars;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.support.calendar.NoWorkingDayTable;
import org.qingfeng.support.calendar.WorkingDayCalendar;

/**
 * The method on figures worked out by hand on the 2026 calendar: 1–7 October are the National Day
 * holidays, Thursday 8 October is a working day and Saturday 10 October is worked in exchange (调休).
 */
class AssessmentMethodTests {

    private static final String TOKEN = "inf-8M3QZ1K7VX0T4N2C9R5B6H8D1F";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final WorkingDayCalendar CALENDAR = Calendars.shipped();

    private final AssessmentMethod method = new AssessmentMethod(Thresholds.defaults(), AssessmentMethodTests::between);

    @Test
    void countsScoresAndExplainsAMixedYearByHand() {
        List<ItemFacts> items = List.of(
                // 3 working days (29, 30 Sep; 8 Oct) lie between: timely; accepted.
                item(day(2026, 10, 9), day(2026, 9, 28), TriageDecision.ACCEPTED, false),
                // 13–16 Oct: 4 working days before Monday the 19th, the 5th working day: timely; warned only.
                item(day(2026, 10, 19), day(2026, 10, 12), null, true),
                // 13–16 and 19 Oct: 5 working days before the 20th: late; linked.
                item(day(2026, 10, 20), day(2026, 10, 12), TriageDecision.LINKED, false),
                // No day given: out of the timely share; a duplicate, though warned.
                item(day(2026, 11, 2), null, TriageDecision.DUPLICATE, true),
                // Happened in 2024, a year without a table: out of the timely share; unfounded, though warned.
                item(day(2026, 3, 2), day(2024, 12, 30), TriageDecision.UNFOUNDED, true));

        Assessment assessed = method.assess(2026, TODAY, active(day(2025, 3, 1)), items);

        assertThat(assessed.items()).isEqualTo(5);
        assertThat(assessed.adopted()).isEqualTo(3);
        assertThat(assessed.adoptedShare()).isEqualTo(0.6);
        assertThat(assessed.timely()).isEqualTo(2);
        assertThat(assessed.timelyShare()).isEqualTo(0.67);
        assertThat(assessed.duplicates()).isEqualTo(1);
        assertThat(assessed.unfounded()).isEqualTo(1);
        assertThat(assessed.malicious()).isZero();
        // 2×5 + 3×3 + 1×2 − 1×1 − 3×1
        assertThat(assessed.score()).isEqualTo(17);
        assertThat(assessed.recommendation()).isEqualTo(Recommendation.NONE);
        assertThat(assessed.reasons())
                .containsExactly(
                        "未达到表彰或解聘条件 / meets neither the commend nor the dismiss conditions",
                        "1 件未填写发生日期，未计入及时率 / 1 item(s) without the day it happened left out of the timely share",
                        "1 件涉及 2024 年，该年没有工作日历表，未计入及时率 / 1 item(s) left out of the timely share: no working-day table for 2024");
    }

    @Test
    void commendsAtExactlyTheAdoptedShareThreshold() {
        List<ItemFacts> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            items.add(item(day(2026, 6, 1), day(2026, 6, 1), TriageDecision.ACCEPTED, false));
        }
        items.add(item(day(2026, 6, 1), day(2026, 6, 1), null, false));
        items.add(item(day(2026, 6, 1), day(2026, 6, 1), null, false));

        Assessment assessed = method.assess(2026, TODAY, active(day(2025, 3, 1)), items);

        // 3 of 5 adopted is 0.6 exactly, a share that 0.6 × 5 in floating point would miss.
        assertThat(assessed.adoptedShare()).isEqualTo(0.6);
        assertThat(assessed.timelyShare()).isEqualTo(1.0);
        assertThat(assessed.score()).isEqualTo(2 * 5 + 3 * 3 + 5);
        assertThat(assessed.recommendation()).isEqualTo(Recommendation.COMMEND);
        assertThat(assessed.reasons())
                .containsExactly(
                        "报送 5 件，采用率 0.60，及时率 1.00，无恶意举报 / 5 items, adopted share 0.60, timely share 1.00, none malicious");
    }

    @Test
    void commendsAtTheTimelyShareThresholdAndNotAboveIt() {
        List<ItemFacts> items = List.of(
                item(day(2026, 6, 1), day(2026, 6, 1), TriageDecision.ACCEPTED, false),
                item(day(2026, 6, 1), day(2026, 6, 1), TriageDecision.ACCEPTED, false),
                item(day(2026, 6, 1), day(2026, 6, 1), TriageDecision.ACCEPTED, false),
                item(day(2026, 6, 1), day(2026, 6, 1), TriageDecision.ACCEPTED, false),
                // Monday 1 June, from Monday 4 May (1–5 May off, Saturday 9 May worked): long late.
                item(day(2026, 6, 1), day(2026, 5, 4), TriageDecision.ACCEPTED, false));

        Assessment assessed = method.assess(2026, TODAY, active(day(2025, 3, 1)), items);

        assertThat(assessed.timely()).isEqualTo(4);
        assertThat(assessed.timelyShare()).isEqualTo(0.8);
        assertThat(assessed.recommendation()).isEqualTo(Recommendation.COMMEND);

        Assessment stricter = new AssessmentMethod(
                        new Thresholds(
                                5, 3, new BigDecimal("0.6"), new BigDecimal("0.81"), 1, 3, new BigDecimal("0.5"), true),
                        AssessmentMethodTests::between)
                .assess(2026, TODAY, active(day(2025, 3, 1)), items);
        assertThat(stricter.recommendation()).isEqualTo(Recommendation.NONE);
    }

    @Test
    void dismissesForOneMaliciousItemWhateverTheRest() {
        List<ItemFacts> items = List.of(
                item(day(2026, 6, 1), day(2026, 6, 1), TriageDecision.ACCEPTED, false),
                item(day(2026, 6, 1), day(2026, 6, 1), TriageDecision.ACCEPTED, false),
                item(day(2026, 6, 1), day(2026, 6, 1), TriageDecision.ACCEPTED, false),
                item(day(2026, 6, 1), day(2026, 6, 1), TriageDecision.MALICIOUS, true));

        Assessment assessed = method.assess(2026, TODAY, active(day(2025, 3, 1)), items);

        assertThat(assessed.malicious()).isEqualTo(1);
        assertThat(assessed.adopted()).isEqualTo(3);
        // 2×4 + 3×3 + 1×4 − 10×1
        assertThat(assessed.score()).isEqualTo(11);
        assertThat(assessed.recommendation()).isEqualTo(Recommendation.DISMISS);
        assertThat(assessed.reasons()).containsExactly("恶意举报 1 件 / 1 malicious item(s)");
    }

    @Test
    void dismissesWhenHalfOfAtLeastThreeItemsWereUnfounded() {
        List<ItemFacts> items = List.of(
                item(day(2026, 6, 1), day(2026, 6, 1), TriageDecision.UNFOUNDED, false),
                item(day(2026, 6, 1), day(2026, 6, 1), TriageDecision.UNFOUNDED, false),
                item(day(2026, 6, 1), day(2026, 6, 1), TriageDecision.ACCEPTED, false),
                item(day(2026, 6, 1), day(2026, 6, 1), null, false));

        Assessment assessed = method.assess(2026, TODAY, active(day(2025, 3, 1)), items);

        assertThat(assessed.recommendation()).isEqualTo(Recommendation.DISMISS);
        assertThat(assessed.reasons())
                .containsExactly(
                        "4 件中不实及恶意 2 件，占 0.50（不低于 0.5） / 2 of 4 items unfounded or malicious, share 0.50 (at least 0.5)");
    }

    @Test
    void leavesTwoUnfoundedItemsAloneBelowTheItemThreshold() {
        List<ItemFacts> items = List.of(
                item(day(2026, 6, 1), day(2026, 6, 1), TriageDecision.UNFOUNDED, false),
                item(day(2026, 6, 1), day(2026, 6, 1), TriageDecision.UNFOUNDED, false));

        Assessment assessed = method.assess(2026, TODAY, active(day(2025, 3, 1)), items);

        // 2×2 + 1×2 − 3×2
        assertThat(assessed.score()).isZero();
        assertThat(assessed.recommendation()).isEqualTo(Recommendation.NONE);
    }

    @Test
    void dismissesAnActiveInformantSilentThroughAWholePastYear() {
        Assessment servedAllYear = method.assess(2025, TODAY, active(day(2025, 1, 1)), List.of());
        Assessment appointedOnTheSecond = method.assess(2025, TODAY, active(day(2025, 1, 2)), List.of());
        Assessment thisYear = method.assess(2026, TODAY, active(day(2025, 1, 1)), List.of());
        Assessment suspended = method.assess(
                2025,
                TODAY,
                new Informant(TOKEN, "330281-101-001", InformantStatus.SUSPENDED, day(2024, 6, 1)),
                List.of());

        assertThat(servedAllYear.recommendation()).isEqualTo(Recommendation.DISMISS);
        assertThat(servedAllYear.reasons())
                .containsExactly("2025 年全年在任但没有报送任何信息 / active throughout 2025 without a single item");
        assertThat(appointedOnTheSecond.recommendation()).isEqualTo(Recommendation.NONE);
        assertThat(thisYear.recommendation()).isEqualTo(Recommendation.NONE);
        assertThat(thisYear.reasons()).containsExactly("本年度没有报送 / no items this year");
        assertThat(suspended.recommendation()).isEqualTo(Recommendation.NONE);
    }

    @Test
    void recommendsNothingForAnInformantAlreadyDismissed() {
        Informant dismissed = new Informant(TOKEN, "330281-101-001", InformantStatus.DISMISSED, day(2024, 6, 1));

        Assessment assessed = method.assess(
                2026,
                TODAY,
                dismissed,
                List.of(item(day(2026, 6, 1), day(2026, 6, 1), TriageDecision.MALICIOUS, false)));

        assertThat(assessed.malicious()).isEqualTo(1);
        assertThat(assessed.recommendation()).isEqualTo(Recommendation.NONE);
        assertThat(assessed.reasons()).containsExactly("已解聘，不再提出建议 / already dismissed: no recommendation");
    }

    @Test
    void assessesSomeoneNotOnTheRosterYetAndSaysSo() {
        Assessment assessed = method.assess(
                2026,
                TODAY,
                Informant.notOnRoster(TOKEN),
                List.of(item(day(2026, 6, 1), day(2026, 6, 1), TriageDecision.ACCEPTED, false)));

        assertThat(assessed.homeNodeCode()).isNull();
        assertThat(assessed.status()).isNull();
        assertThat(assessed.score()).isEqualTo(6);
        assertThat(assessed.reasons()).startsWith("名册中暂无该信息员 / not on the roster yet");
    }

    @Test
    void givesNoTimelyShareWhenNoItemCouldBeReckoned() {
        Assessment assessed = method.assess(
                2026,
                TODAY,
                active(day(2025, 3, 1)),
                List.of(
                        item(day(2026, 6, 1), null, TriageDecision.ACCEPTED, false),
                        item(day(2026, 6, 1), null, TriageDecision.ACCEPTED, false),
                        item(day(2026, 6, 1), null, TriageDecision.ACCEPTED, false)));

        assertThat(assessed.timelyShare()).isZero();
        assertThat(assessed.recommendation()).isEqualTo(Recommendation.NONE);
    }

    @Test
    void refusesThresholdsThatCannotBeMeant() {
        assertThatThrownBy(() -> new Thresholds(0, 3, BigDecimal.ONE, BigDecimal.ONE, 1, 3, BigDecimal.ONE, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new Thresholds(5, 3, new BigDecimal("1.2"), BigDecimal.ONE, 1, 3, BigDecimal.ONE, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int between(LocalDate from, LocalDate to) {
        try {
            return CALENDAR.workingDaysBetween(from, to);
        } catch (NoWorkingDayTable e) {
            throw new WorkingDays.NoTable(e.year());
        }
    }

    private static Informant active(LocalDate appointedOn) {
        return new Informant(TOKEN, "330281-101-001", InformantStatus.ACTIVE, appointedOn);
    }

    private static ItemFacts item(
            LocalDate receivedOn, @Nullable LocalDate occurredOn, @Nullable TriageDecision decision, boolean warned) {
        return new ItemFacts(UUID.randomUUID(), TOKEN, receivedOn, occurredOn, decision, warned);
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
