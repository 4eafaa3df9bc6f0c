package org.qingfeng.disposal.cases.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingfeng.contracts.disposal.CaseStepped.State.CLOSED;
import static org.qingfeng.contracts.disposal.CaseStepped.State.OPEN;
import static org.qingfeng.contracts.disposal.CaseStepped.State.REFERRED;
import static org.qingfeng.disposal.cases.rules.Ladders.ADMONISHMENTS;
import static org.qingfeng.disposal.cases.rules.Ladders.CARDS;
import static org.qingfeng.disposal.cases.rules.Ladders.FOUR_COLOUR;
import static org.qingfeng.disposal.cases.rules.Ladders.INQUIRY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.disposal.cases.rules.FirstColourPolicy.Circumstances;
import org.qingfeng.disposal.cases.rules.FirstColourPolicy.PriorCase;

/**
 * The fourth quarter of 2026 in one county: 32 findings and immediate items, driven day by day
 * through the first-colour policy, the machine and a sweeper on a moving clock. Each day the sweeper
 * runs at 08:00, cases open at 09:00, units act at 10:00 and the station at 11:00. A unit that
 * replies has, on a talk rung, its talk scheduled the day after the notice and recorded the day
 * after that; the station gives its verdict the day after a reply.
 *
 * <p>The expected outcome of every case is worked out by hand below, from the shipped 2026 table
 * (National Day 1–7 October, 10 October a working Saturday) and the policy's points (serious +1,
 * grave +2, risk A +1, recurrence +1, history +1, first colour at most orange). A deadline "due D"
 * means the reply was needed before 00:00 of D; the sweep of D escalates.
 */
class SimulatedQuarterTests {

    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-10-08");
    private static final LocalDate LAST_DAY = LocalDate.parse("2026-12-31");

    /** How a unit (and the station on its replies) behaves on every notice it gets. */
    record Behaviour(boolean replies, int replyAfterDays, int rejections, boolean acknowledgesOnly, int ackAfterDays) {

        static Behaviour accepted(int replyAfterDays) {
            return new Behaviour(true, replyAfterDays, 0, false, -1);
        }

        static Behaviour rejected(int times, int replyAfterDays) {
            return new Behaviour(true, replyAfterDays, times, false, -1);
        }

        static Behaviour silent() {
            return new Behaviour(false, 0, 0, false, -1);
        }

        static Behaviour acknowledgingOnly() {
            return new Behaviour(false, 0, 0, true, -1);
        }

        Behaviour acknowledgingAfter(int days) {
            return new Behaviour(replies, replyAfterDays, rejections, acknowledgesOnly, days);
        }
    }

    /**
     * @param severity null for an immediate item (treated as serious, acknowledged within 24 hours)
     */
    record Row(
            String unit,
            String opensOn,
            String ladder,
            @Nullable Severity severity,
            @Nullable RiskLevel risk,
            boolean recurringFinding,
            List<PriorCase> seeded,
            Behaviour behaviour,
            String expectedRung,
            State expectedState) {}

    private static final int ALWAYS = 99;

    private static Row row(
            String unit,
            String opensOn,
            String ladder,
            @Nullable Severity severity,
            @Nullable RiskLevel risk,
            boolean recurring,
            List<PriorCase> seeded,
            Behaviour behaviour,
            String expectedRung,
            State expectedState) {
        return new Row(
                unit, opensOn, ladder, severity, risk, recurring, seeded, behaviour, expectedRung, expectedState);
    }

    private static PriorCase prior(String openedOn, boolean escalated) {
        return new PriorCase(
                LocalDate.parse(openedOn).atStartOfDay(Deadlines.ZONE).toInstant(), escalated);
    }

    /** The quarter, and the hand-checked outcome of each case. */
    private static final List<Row> QUARTER = List.of(
            // 0 points: blue. Replies 15 Oct, before blue's due 20 Oct; accepted 16 Oct.
            row(
                    "U01",
                    "2026-10-12",
                    FOUR_COLOUR,
                    Severity.MINOR,
                    RiskLevel.C,
                    false,
                    List.of(),
                    Behaviour.accepted(3),
                    "BLUE",
                    CLOSED),
            // Blue, silent: due 20 Oct → yellow (10 wd) due 4 Nov → orange (20 wd) due 3 Dec → red, referred.
            row(
                    "U02",
                    "2026-10-12",
                    FOUR_COLOUR,
                    Severity.MINOR,
                    null,
                    false,
                    List.of(),
                    Behaviour.silent(),
                    "RED",
                    REFERRED),
            // Serious +1: yellow, skipping blue. Talk 13/14 Oct, reply 17 Oct before due 27 Oct; accepted.
            row(
                    "U03",
                    "2026-10-12",
                    FOUR_COLOUR,
                    Severity.SERIOUS,
                    RiskLevel.B,
                    false,
                    List.of(),
                    Behaviour.accepted(5),
                    "YELLOW",
                    CLOSED),
            // Serious +1, risk A +1: orange. Silent: 20 wd end 9 Nov, due 10 Nov → red, referred.
            row(
                    "U04",
                    "2026-10-12",
                    FOUR_COLOUR,
                    Severity.SERIOUS,
                    RiskLevel.A,
                    false,
                    List.of(),
                    Behaviour.silent(),
                    "RED",
                    REFERRED),
            // Grave +2: orange. Reply 23 Oct, far before due; accepted 24 Oct.
            row(
                    "U05",
                    "2026-10-13",
                    FOUR_COLOUR,
                    Severity.GRAVE,
                    null,
                    false,
                    List.of(),
                    Behaviour.accepted(10),
                    "ORANGE",
                    CLOSED),
            // Recurring finding +1: yellow. Silent: due 29 Oct → orange due 27 Nov → red, referred.
            row(
                    "U06",
                    "2026-10-14",
                    FOUR_COLOUR,
                    Severity.MODERATE,
                    RiskLevel.C,
                    true,
                    List.of(),
                    Behaviour.silent(),
                    "RED",
                    REFERRED),
            // Blue; reply 18 Oct rejected 19 Oct → yellow; talk 20/21, reply 22 Oct accepted 23 Oct.
            row(
                    "U07",
                    "2026-10-15",
                    FOUR_COLOUR,
                    Severity.MINOR,
                    null,
                    false,
                    List.of(),
                    Behaviour.rejected(1, 3),
                    "YELLOW",
                    CLOSED),
            // Blue; acknowledges every notice, never replies: due 23 Oct → yellow due 7 Nov → orange
            // (20 wd from Sat 7 Nov) due 5 Dec → red, referred.
            row(
                    "U08",
                    "2026-10-15",
                    FOUR_COLOUR,
                    Severity.MODERATE,
                    RiskLevel.B,
                    false,
                    List.of(),
                    Behaviour.acknowledgingOnly(),
                    "RED",
                    REFERRED),
            // Grave +2, A +1, history +1 (a case escalated in June 2025, outside the 12 months, so no
            // recurrence) = 4, capped at orange. Reply 21 Oct rejected 22 Oct → red, referred.
            row(
                    "U09",
                    "2026-10-16",
                    FOUR_COLOUR,
                    Severity.GRAVE,
                    RiskLevel.A,
                    false,
                    List.of(prior("2025-06-01", true)),
                    Behaviour.rejected(ALWAYS, 5),
                    "RED",
                    REFERRED),
            // Risk A +1: yellow. Talk 20/21 Oct, reply 23 Oct, accepted 24 Oct.
            row(
                    "U10",
                    "2026-10-19",
                    FOUR_COLOUR,
                    Severity.MINOR,
                    RiskLevel.A,
                    false,
                    List.of(),
                    Behaviour.accepted(4),
                    "YELLOW",
                    CLOSED),
            // A case in March 2026 (not escalated): recurrence +1, yellow. Silent: due 3 Nov → orange
            // due 2 Dec → red, referred.
            row(
                    "U11",
                    "2026-10-19",
                    FOUR_COLOUR,
                    Severity.MINOR,
                    RiskLevel.C,
                    false,
                    List.of(prior("2026-03-01", false)),
                    Behaviour.silent(),
                    "RED",
                    REFERRED),
            // Inquiry ladder, 0 points: reminder. Reply 22 Oct, accepted 23 Oct.
            row(
                    "U12",
                    "2026-10-20",
                    INQUIRY,
                    Severity.MODERATE,
                    null,
                    false,
                    List.of(),
                    Behaviour.accepted(2),
                    "REMINDER",
                    CLOSED),
            // Cards, serious +1, A +1 = orange: the mildest card at least orange is the yellow card
            // (green skipped). Silent: 20 wd due 18 Nov → red card, referred.
            row(
                    "U13",
                    "2026-10-20",
                    CARDS,
                    Severity.SERIOUS,
                    RiskLevel.A,
                    false,
                    List.of(),
                    Behaviour.silent(),
                    "RED_CARD",
                    REFERRED),
            // Admonishments, 2+1+1+1 = 5, capped at orange: correcting admonishment. Silent: due 19 Nov
            // and 18 Dec, each time kept on the top rung (no referral rung) with a new deadline.
            row(
                    "U14",
                    "2026-10-21",
                    ADMONISHMENTS,
                    Severity.GRAVE,
                    RiskLevel.A,
                    true,
                    List.of(prior("2026-02-01", true)),
                    Behaviour.silent(),
                    "ADMONISH_CORRECT",
                    OPEN),
            // Admonishments, 0 points: reminding. Reply 25 Oct rejected 26 Oct → supervising (a talk):
            // talk 27/28 Oct, reply 29 Oct, accepted 30 Oct.
            row(
                    "U15",
                    "2026-10-22",
                    ADMONISHMENTS,
                    Severity.MINOR,
                    null,
                    false,
                    List.of(),
                    Behaviour.rejected(1, 3),
                    "ADMONISH_SUPERVISE",
                    CLOSED),
            // Blue, due 3 Nov; reply 1 Nov in time, accepted 2 Nov.
            row(
                    "U16",
                    "2026-10-26",
                    FOUR_COLOUR,
                    Severity.MINOR,
                    RiskLevel.B,
                    false,
                    List.of(),
                    Behaviour.accepted(6),
                    "BLUE",
                    CLOSED),
            // Inquiry, silent: reminder due 3 Nov → inquiry due 18 Nov → interview due 17 Dec → disposal.
            row(
                    "U17",
                    "2026-10-26",
                    INQUIRY,
                    Severity.MINOR,
                    null,
                    false,
                    List.of(),
                    Behaviour.silent(),
                    "DISPOSAL",
                    REFERRED),
            // Blue, replies 9 days after each notice: too slow for blue (due 10 Nov) → yellow on 10 Nov;
            // talk 11/12 Nov, reply 19 Nov before yellow's due 25 Nov, accepted 20 Nov.
            row(
                    "U18",
                    "2026-11-02",
                    FOUR_COLOUR,
                    Severity.MINOR,
                    RiskLevel.C,
                    false,
                    List.of(),
                    Behaviour.accepted(9),
                    "YELLOW",
                    CLOSED),
            // Serious +1, recurring +1: orange. Reply 17 Nov, accepted 18 Nov.
            row(
                    "U19",
                    "2026-11-03",
                    FOUR_COLOUR,
                    Severity.SERIOUS,
                    RiskLevel.B,
                    true,
                    List.of(),
                    Behaviour.accepted(14),
                    "ORANGE",
                    CLOSED),
            // Grave: orange. Silent: due 8 Dec → red, referred.
            row(
                    "U20",
                    "2026-11-09",
                    FOUR_COLOUR,
                    Severity.GRAVE,
                    RiskLevel.C,
                    false,
                    List.of(),
                    Behaviour.silent(),
                    "RED",
                    REFERRED),
            // Blue, silent: due 24 Nov → yellow due 9 Dec → orange, due in January: still open.
            row(
                    "U21",
                    "2026-11-16",
                    FOUR_COLOUR,
                    Severity.MINOR,
                    null,
                    false,
                    List.of(),
                    Behaviour.silent(),
                    "ORANGE",
                    OPEN),
            // A +1, a case escalated in May 2026: recurrence +1 and history +1 = 3, capped at orange.
            // Reply 30 Nov, accepted 1 Dec.
            row(
                    "U22",
                    "2026-11-23",
                    FOUR_COLOUR,
                    Severity.MODERATE,
                    RiskLevel.A,
                    false,
                    List.of(prior("2026-05-01", true)),
                    Behaviour.accepted(7),
                    "ORANGE",
                    CLOSED),
            // Blue, silent: due 9 Dec → yellow due 24 Dec → orange, due in January: open.
            row(
                    "U23",
                    "2026-12-01",
                    FOUR_COLOUR,
                    Severity.MINOR,
                    null,
                    false,
                    List.of(),
                    Behaviour.silent(),
                    "ORANGE",
                    OPEN),
            // Blue, silent: due 22 Dec → yellow, due in January: open.
            row(
                    "U24",
                    "2026-12-14",
                    FOUR_COLOUR,
                    Severity.MINOR,
                    null,
                    false,
                    List.of(),
                    Behaviour.silent(),
                    "YELLOW",
                    OPEN),
            // Blue, due 5 Jan 2027 (2027 counted Monday to Friday): open.
            row(
                    "U25",
                    "2026-12-28",
                    FOUR_COLOUR,
                    Severity.MINOR,
                    null,
                    false,
                    List.of(),
                    Behaviour.silent(),
                    "BLUE",
                    OPEN),
            // Immediate, treated as serious +1: yellow. Acknowledged an hour later; talk 13/14 Oct,
            // reply 17 Oct, accepted 18 Oct.
            row(
                    "U26",
                    "2026-10-12",
                    FOUR_COLOUR,
                    null,
                    null,
                    false,
                    List.of(),
                    Behaviour.accepted(5).acknowledgingAfter(0),
                    "YELLOW",
                    CLOSED),
            // Immediate, yellow, never acknowledged: past 13 Oct 09:00 → orange (dated then), 20 wd
            // due 11 Nov → red, referred.
            row("U27", "2026-10-12", FOUR_COLOUR, null, null, false, List.of(), Behaviour.silent(), "RED", REFERRED),
            // Immediate, yellow, acknowledged only two days later: the sweep of 7 Nov 08:00 finds the
            // 6 Nov 09:00 acknowledgement missed → orange; acknowledged 7 Nov, reply 11 Nov, accepted.
            row(
                    "U28",
                    "2026-11-05",
                    FOUR_COLOUR,
                    null,
                    null,
                    false,
                    List.of(),
                    Behaviour.accepted(5).acknowledgingAfter(2),
                    "ORANGE",
                    CLOSED),
            // Blue; every reply rejected: 6 Nov → yellow, 10 Nov → orange, 14 Nov → red, referred.
            row(
                    "U29",
                    "2026-11-02",
                    FOUR_COLOUR,
                    Severity.MINOR,
                    null,
                    false,
                    List.of(),
                    Behaviour.rejected(ALWAYS, 3),
                    "RED",
                    REFERRED),
            // Admonishments; three rejections: → supervising, → correcting, → correcting kept; the
            // fourth reply (17 Nov) accepted 18 Nov.
            row(
                    "U30",
                    "2026-11-02",
                    ADMONISHMENTS,
                    Severity.MINOR,
                    null,
                    false,
                    List.of(),
                    Behaviour.rejected(3, 3),
                    "ADMONISH_CORRECT",
                    CLOSED),
            // U01 again: its October case makes this a recurrence +1 (closed on blue, never escalated):
            // yellow. Talk 8/9 Dec, reply 11 Dec, accepted 12 Dec.
            row(
                    "U01",
                    "2026-12-07",
                    FOUR_COLOUR,
                    Severity.MINOR,
                    null,
                    false,
                    List.of(),
                    Behaviour.accepted(4),
                    "YELLOW",
                    CLOSED),
            // U02 again: its October case is within 12 months (+1) and was referred (+1): orange.
            // Silent: due in January: open.
            row(
                    "U02",
                    "2026-12-10",
                    FOUR_COLOUR,
                    Severity.MINOR,
                    null,
                    false,
                    List.of(),
                    Behaviour.silent(),
                    "ORANGE",
                    OPEN));

    private final MutableClock clock = MutableClock.at("2026-10-08T00:00");
    private final CaseBook book = new CaseBook(clock);
    private final Map<UUID, Row> rows = new LinkedHashMap<>();
    private final Map<UUID, Integer> rejected = new HashMap<>();
    private final Map<UUID, LocalDate> opened = new HashMap<>();

    @Test
    void theQuarterEndsWithTheHandCheckedColours() {
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            at(day, "08:00");
            book.sweep();
            at(day, "09:00");
            openToday(day);
            at(day, "10:00");
            for (UUID caseId : rows.keySet()) {
                unitActs(caseId, day);
            }
            at(day, "11:00");
            for (UUID caseId : rows.keySet()) {
                stationActs(caseId, day);
            }
        }

        List<String> outcome = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        rows.forEach((caseId, row) -> {
            Standing standing = book.standing(caseId);
            outcome.add(row.unit() + " " + row.opensOn() + " " + standing.rungCode() + " " + standing.state());
            expected.add(row.unit() + " " + row.opensOn() + " " + row.expectedRung() + " " + row.expectedState());
        });
        assertThat(outcome).containsExactlyElementsOf(expected);
        assertThat(rows).hasSize(QUARTER.size());
    }

    @Test
    void everyCaseRecordsThePolicyAndItsReason() {
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            at(day, "09:00");
            openToday(day);
        }
        rows.keySet().forEach(caseId -> {
            CaseStepped first = book.history(caseId).get(0);
            assertThat(first.policyVersion()).isEqualTo("first-colour-1");
            assertThat(first.reason()).startsWith("first-colour-1：").contains(" / first-colour-1: ");
            if (first.rung() > 0) {
                assertThat(first.reason()).contains("越过", "skips");
            }
        });
    }

    private void openToday(LocalDate day) {
        for (Row row : QUARTER) {
            if (!LocalDate.parse(row.opensOn()).equals(day)) {
                continue;
            }
            List<PriorCase> priors = new ArrayList<>(row.seeded());
            priors.addAll(priorCasesOf(row.unit()));
            Duration ack = row.severity() == null ? Duration.ofHours(24) : null;
            UUID caseId = book.open(
                    row.unit(),
                    row.ladder(),
                    new Circumstances(row.severity(), row.risk(), row.recurringFinding(), priors),
                    ack);
            rows.put(caseId, row);
            opened.put(caseId, day);
        }
    }

    /** The unit's cases so far, as the service reads them from the projection. */
    private List<PriorCase> priorCasesOf(String unit) {
        List<PriorCase> priors = new ArrayList<>();
        rows.forEach((caseId, row) -> {
            if (row.unit().equals(unit)) {
                List<CaseStepped> history = book.history(caseId);
                boolean escalated = history.stream()
                        .anyMatch(s -> s.step() == Step.ESCALATED
                                || s.step() == Step.REPLY_REJECTED
                                || s.state() == State.REFERRED);
                priors.add(new PriorCase(history.get(0).occurredAt(), escalated));
            }
        });
        return priors;
    }

    private void unitActs(UUID caseId, LocalDate day) {
        Row row = rows.get(caseId);
        Behaviour behaviour = row.behaviour();
        Standing standing = book.standing(caseId);
        if (standing.finished()) {
            return;
        }
        LocalDate noticeDay = lastDayOf(caseId, Step.NOTICE_ISSUED);
        boolean acknowledgesNow = behaviour.ackAfterDays() >= 0
                ? day.equals(opened.get(caseId).plusDays(behaviour.ackAfterDays()))
                : behaviour.acknowledgesOnly() && day.equals(noticeDay.plusDays(1));
        if (acknowledgesNow && standing.state() == OPEN) {
            book.step(caseId, Step.ACKNOWLEDGED, "u-officer");
            standing = book.standing(caseId);
        }
        boolean talkRung = rungOf(standing).kind() == RungKind.TALK;
        if (behaviour.replies()
                && standing.waiting()
                && day.equals(noticeDay.plusDays(behaviour.replyAfterDays()))
                && (!talkRung || standing.talk() == Standing.Talk.RECORDED)) {
            book.step(
                    caseId, Move.of(Step.REPLIED, clock.instant(), "u-officer").saying("答复", List.of()));
        }
    }

    private void stationActs(UUID caseId, LocalDate day) {
        Row row = rows.get(caseId);
        Standing standing = book.standing(caseId);
        if (standing.finished() || !row.behaviour().replies()) {
            return;
        }
        LocalDate noticeDay = lastDayOf(caseId, Step.NOTICE_ISSUED);
        if (rungOf(standing).kind() == RungKind.TALK && standing.waiting()) {
            if (standing.talk() == Standing.Talk.NONE && day.equals(noticeDay.plusDays(1))) {
                book.step(
                        caseId,
                        Move.of(Step.TALK_SCHEDULED, clock.instant(), "u-station")
                                .talk(
                                        CaseStepped.TalkKind.WARNING_TALK,
                                        clock.instant().plus(Duration.ofHours(4))));
            } else if (standing.talk() == Standing.Talk.SCHEDULED && day.equals(noticeDay.plusDays(2))) {
                book.step(
                        caseId,
                        Move.of(Step.TALK_RECORDED, clock.instant(), "u-station")
                                .saying("谈话记录", List.of()));
            }
        }
        if (standing.state() == State.REPLIED
                && day.equals(lastDayOf(caseId, Step.REPLIED).plusDays(1))) {
            int times = rejected.getOrDefault(caseId, 0);
            if (times < row.behaviour().rejections()) {
                rejected.put(caseId, times + 1);
                book.step(
                        caseId,
                        Move.of(Step.REPLY_REJECTED, clock.instant(), "u-station")
                                .because("整改不到位"));
            } else {
                book.step(
                        caseId,
                        Move.of(Step.REPLY_ACCEPTED, clock.instant(), "u-station")
                                .because("经核查已整改"));
            }
        }
    }

    private Rung rungOf(Standing standing) {
        return Ladders.defaults().get(standing.ladder()).rung(standing.rung());
    }

    private LocalDate lastDayOf(UUID caseId, Step step) {
        List<CaseStepped> history = book.history(caseId);
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).step() == step) {
                return history.get(i).occurredAt().atZone(Deadlines.ZONE).toLocalDate();
            }
        }
        throw new IllegalStateException("no " + step + " on " + caseId);
    }

    private void at(LocalDate day, String time) {
        clock.setInstant(localInstant(day + "T" + time));
    }

    private static Instant localInstant(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Deadlines.ZONE).toInstant();
    }
}
