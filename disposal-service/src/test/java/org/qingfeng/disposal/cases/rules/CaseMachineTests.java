package org.qingfeng.disposal.cases.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qingfeng.contracts.disposal.CaseStepped.Step.ACKNOWLEDGED;
import static org.qingfeng.contracts.disposal.CaseStepped.Step.CONFIRMATION_RECORDED;
import static org.qingfeng.contracts.disposal.CaseStepped.Step.ESCALATED;
import static org.qingfeng.contracts.disposal.CaseStepped.Step.NOTICE_ISSUED;
import static org.qingfeng.contracts.disposal.CaseStepped.Step.OPENED;
import static org.qingfeng.contracts.disposal.CaseStepped.Step.REFERRED;
import static org.qingfeng.contracts.disposal.CaseStepped.Step.REPLIED;
import static org.qingfeng.contracts.disposal.CaseStepped.Step.REPLY_ACCEPTED;
import static org.qingfeng.contracts.disposal.CaseStepped.Step.REPLY_REJECTED;
import static org.qingfeng.contracts.disposal.CaseStepped.Step.TALK_RECORDED;
import static org.qingfeng.contracts.disposal.CaseStepped.Step.TALK_SCHEDULED;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.intake.FollowUpRecorded;
import org.qingfeng.disposal.cases.rules.FirstColourPolicy.Circumstances;

/** Every transition of the one machine, on a clock the test moves, over the shipped 2026 calendar. */
class CaseMachineTests {

    private static final String STATION_STAFF = "u-station";
    private static final String OFFICER = "u-officer";

    private final MutableClock clock = MutableClock.at("2026-10-12T09:00");
    private final CaseBook book = new CaseBook(clock);

    @Test
    void opensOnTheFirstRungWithItsNoticeAndADeadlineOfWorkingDays() {
        UUID caseId = book.open("330281-D01", Severity.MINOR);

        List<CaseStepped> history = book.history(caseId);
        assertThat(history).extracting(CaseStepped::step).containsExactly(OPENED, NOTICE_ISSUED);
        assertThat(history).extracting(CaseStepped::sequence).containsExactly(1L, 2L);
        CaseStepped opened = history.get(0);
        assertThat(opened.rungCode()).isEqualTo("BLUE");
        assertThat(opened.colour()).isEqualTo(WarningColour.BLUE);
        assertThat(opened.state()).isEqualTo(State.OPEN);
        assertThat(opened.policyVersion()).isEqualTo("first-colour-1");
        assertThat(opened.reason()).contains("一般问题", "定为蓝色", "placed on blue");
        // Monday 12 October: five working days are 13, 14, 15, 16 and 19 October; due at the start of the 20th.
        assertThat(opened.dueAt()).isEqualTo(local("2026-10-20T00:00"));
        assertThat(history.get(1).reason()).contains("限 5 个工作日内答复（至 2026-10-19）");
    }

    @Test
    void skipsRungsForASeriousCaseOfAHighRiskUnitAndSaysWhich() {
        UUID caseId = book.open(
                "330281-D01",
                Ladders.FOUR_COLOUR,
                new Circumstances(Severity.SERIOUS, RiskLevel.A, false, List.of()),
                null);

        CaseStepped opened = book.history(caseId).get(0);
        assertThat(opened.rungCode()).isEqualTo("ORANGE");
        assertThat(opened.reason())
                .startsWith("first-colour-1：严重问题（+1）；风险等级A（+1）。越过蓝色、黄色直接橙色")
                .contains("skips blue and yellow, straight to orange");
    }

    @Test
    void escalatesOneRungWhenTheDeadlinePassesWithoutAReply() {
        UUID caseId = book.open("330281-D01", Severity.MINOR);

        clock.set("2026-10-19T23:59");
        assertThat(book.sweep()).isZero();
        assertThatThrownBy(() -> book.step(caseId, ESCALATED, CaseMachine.CLOCK))
                .isInstanceOf(StepRefused.class)
                .hasMessageStartingWith("尚未逾期");

        clock.set("2026-10-20T08:30");
        assertThat(book.sweep()).isEqualTo(1);
        List<CaseStepped> made = book.history(caseId).subList(2, 4);
        assertThat(made).extracting(CaseStepped::step).containsExactly(ESCALATED, NOTICE_ISSUED);
        CaseStepped escalated = made.get(0);
        assertThat(escalated.rungCode()).isEqualTo("YELLOW");
        assertThat(escalated.actor()).isEqualTo(CaseMachine.CLOCK);
        assertThat(escalated.reason()).contains("逾期未答复（期限至 2026-10-19）", "升至黄色");
        // Dated at the deadline it missed, and the yellow deadline of ten working days runs from that day.
        assertThat(escalated.occurredAt()).isEqualTo(local("2026-10-20T00:00"));
        assertThat(escalated.dueAt()).isEqualTo(local("2026-11-04T00:00"));
        assertThat(book.sweep())
                .as("the same sweep again finds nothing overdue")
                .isZero();
    }

    @Test
    void rejectingAReplyClimbsOneRungAndIssuesTheNewRungsNotice() {
        UUID caseId = book.open("330281-D01", Severity.MINOR);
        clock.advance(Duration.ofDays(2));
        book.step(caseId, reply("已说明情况"));
        clock.advance(Duration.ofDays(1));

        List<CaseStepped> made =
                book.step(caseId, move(REPLY_REJECTED, STATION_STAFF).because("说明未涉及整改措施"));

        assertThat(made).extracting(CaseStepped::step).containsExactly(REPLY_REJECTED, NOTICE_ISSUED);
        assertThat(made.get(0).rungCode())
                .as("the rejection carries the next rung's standing")
                .isEqualTo("YELLOW");
        assertThat(made.get(0).state()).isEqualTo(State.OPEN);
        assertThat(made.get(0).reason()).startsWith("退回：说明未涉及整改措施；升至黄色");
        assertThat(made.get(1).sequence()).isEqualTo(made.get(0).sequence() + 1);
        assertThat(made.get(1).dueAt()).isAfter(clock.instant());
    }

    @Test
    void acceptingAReplyClosesTheCaseAndNothingMoreCanBeDoneOnIt() {
        UUID caseId = book.open("330281-D01", Severity.MINOR);
        book.step(caseId, ACKNOWLEDGED, OFFICER);
        book.step(caseId, reply("已说明情况并整改"));

        List<CaseStepped> made =
                book.step(caseId, move(REPLY_ACCEPTED, STATION_STAFF).because("经核查属实"));

        assertThat(made).singleElement().satisfies(step -> {
            assertThat(step.state()).isEqualTo(State.CLOSED);
            assertThat(step.reason()).isEqualTo("经核查属实");
        });
        assertThatThrownBy(() -> book.step(caseId, reply("再次答复")))
                .isInstanceOf(StepRefused.class)
                .hasMessageStartingWith("案件已办结");
        clock.set("2026-12-01T09:00");
        assertThat(book.sweep()).isZero();
    }

    @Test
    void aTalkRungWantsTheTalkScheduledThenRecordedBeforeTheReply() {
        UUID caseId = book.open(
                "330281-D01", Ladders.FOUR_COLOUR, new Circumstances(Severity.SERIOUS, null, false, List.of()), null);
        assertThat(book.standing(caseId).rungCode()).isEqualTo("YELLOW");

        assertThatThrownBy(() -> book.step(caseId, reply("承诺书")))
                .isInstanceOf(StepRefused.class)
                .hasMessageStartingWith("本级须先谈话");
        assertThatThrownBy(() ->
                        book.step(caseId, move(TALK_RECORDED, STATION_STAFF).saying("记录", List.of())))
                .hasMessageStartingWith("须先安排谈话");
        book.step(
                caseId,
                move(TALK_SCHEDULED, STATION_STAFF).talk(CaseStepped.TalkKind.WARNING_TALK, local("2026-10-14T15:00")));
        assertThat(book.last(caseId).reason()).contains("安排警示谈话，时间 2026-10-14 15:00");
        book.step(caseId, move(TALK_RECORDED, STATION_STAFF).saying("谈话记录：当事人表示接受", List.of()));
        book.step(caseId, reply("书面承诺"));
        List<CaseStepped> made =
                book.step(caseId, move(REPLY_ACCEPTED, STATION_STAFF).because("承诺具体可行"));

        assertThat(made.get(0).state()).isEqualTo(State.CLOSED);
        assertThat(book.history(caseId))
                .extracting(CaseStepped::step)
                .containsExactly(OPENED, NOTICE_ISSUED, TALK_SCHEDULED, TALK_RECORDED, REPLIED, REPLY_ACCEPTED);
    }

    @Test
    void climbingOntoTheReferralRungRefersTheCaseWithoutANotice() {
        UUID caseId = book.open(
                "330281-D01", Ladders.FOUR_COLOUR, new Circumstances(Severity.GRAVE, null, false, List.of()), null);
        book.step(caseId, reply("整改报告"));

        List<CaseStepped> made =
                book.step(caseId, move(REPLY_REJECTED, STATION_STAFF).because("整改不到位"));

        assertThat(made).singleElement().satisfies(step -> {
            assertThat(step.rungCode()).isEqualTo("RED");
            assertThat(step.colour()).isEqualTo(WarningColour.RED);
            assertThat(step.state()).isEqualTo(State.REFERRED);
            assertThat(step.dueAt()).isNull();
            assertThat(step.reason()).contains("升至红色，移送立案调查");
        });
        assertThatThrownBy(() -> book.step(caseId, ACKNOWLEDGED, OFFICER)).hasMessageStartingWith("案件已移送立案");
    }

    @Test
    void theStationMayReferACaseFromAnyRung() {
        UUID caseId = book.open("330281-D01", Severity.MINOR);

        List<CaseStepped> made = book.step(caseId, move(REFERRED, STATION_STAFF).because("发现违纪线索，移送审查"));

        assertThat(made.get(0).rungCode()).isEqualTo("RED");
        assertThat(made.get(0).state()).isEqualTo(State.REFERRED);
        assertThatThrownBy(() -> book.step(caseId, move(REFERRED, STATION_STAFF)))
                .hasMessageStartingWith("案件已移送立案");
    }

    @Test
    void theImmediateLaneEscalatesWhenReceiptIsNotAcknowledgedInTime() {
        UUID caseId = book.open(
                "330281-D01",
                Ladders.FOUR_COLOUR,
                new Circumstances(null, null, false, List.of()),
                Duration.ofHours(24));
        CaseStepped opened = book.history(caseId).get(0);
        assertThat(opened.reason()).contains("立即报送事项尚未定级，按严重处理（+1）", "越过蓝色直接黄色");
        assertThat(opened.severity()).isEqualTo(Severity.SERIOUS);
        assertThat(opened.acknowledgeBy()).isEqualTo(local("2026-10-13T09:00"));
        assertThat(book.history(caseId).get(1).reason()).contains("须于 2026-10-13 09:00 前签收");

        clock.set("2026-10-13T09:00");
        assertThat(book.sweep()).as("not after the moment itself").isZero();
        clock.set("2026-10-13T09:01");
        assertThat(book.sweep()).isEqualTo(1);

        CaseStepped escalated = book.history(caseId).get(2);
        assertThat(escalated.step()).isEqualTo(ESCALATED);
        assertThat(escalated.rungCode()).isEqualTo("ORANGE");
        assertThat(escalated.reason()).startsWith("逾期未签收（应于 2026-10-13 09:00 前签收）");
        assertThat(escalated.occurredAt()).isEqualTo(opened.acknowledgeBy());
        assertThat(escalated.acknowledgeBy())
                .as("the new rung waits for a reply only")
                .isNull();
    }

    @Test
    void anImmediateCaseAcknowledgedInTimeWaitsForItsReplyDeadline() {
        UUID caseId = book.open(
                "330281-D01",
                Ladders.FOUR_COLOUR,
                new Circumstances(null, null, false, List.of()),
                Duration.ofHours(24));
        clock.advance(Duration.ofHours(3));
        book.step(caseId, ACKNOWLEDGED, OFFICER);

        clock.set("2026-10-20T09:00");
        assertThat(book.sweep()).isZero();
        assertThat(book.standing(caseId).state()).isEqualTo(State.ACKNOWLEDGED);
        clock.set("2026-10-27T09:00");
        assertThat(book.sweep())
                .as("ten working days from 12 October end on the 26th")
                .isEqualTo(1);
    }

    @Test
    void refusesWhatTheStandingDoesNotAllow() {
        UUID caseId = book.open("330281-D01", Severity.MINOR);
        book.step(caseId, ACKNOWLEDGED, OFFICER);

        assertThatThrownBy(() -> book.step(caseId, ACKNOWLEDGED, OFFICER))
                .isInstanceOf(StepRefused.class)
                .hasMessage("已签收，无需重复签收 / Receipt was already acknowledged");
        assertThatThrownBy(() ->
                        book.step(caseId, move(REPLY_ACCEPTED, STATION_STAFF).because("好")))
                .hasMessageStartingWith("没有待核查的答复");
        assertThatThrownBy(() -> book.step(caseId, move(REPLIED, OFFICER))).hasMessageStartingWith("答复内容不能为空");
        assertThatThrownBy(() -> book.step(caseId, move(TALK_SCHEDULED, STATION_STAFF)))
                .hasMessageStartingWith("本级不安排谈话");
        assertThatThrownBy(() -> book.step(caseId, move(NOTICE_ISSUED, STATION_STAFF)))
                .hasMessageStartingWith("通知书随立案");
        book.step(caseId, reply("说明"));
        assertThatThrownBy(() -> book.step(caseId, reply("又一次说明"))).hasMessageStartingWith("已答复，等待核查");
        assertThatThrownBy(() -> book.step(caseId, move(REPLY_REJECTED, STATION_STAFF)))
                .hasMessageStartingWith("须写明理由");
    }

    @Test
    void aStepBasedOnAnOldSequenceIsStale() {
        UUID caseId = book.open("330281-D01", Severity.MINOR);
        Standing standing = book.standing(caseId);

        Sequences.requireCurrent(standing, 2L);
        Sequences.requireCurrent(standing, null);
        assertThatThrownBy(() -> Sequences.requireCurrent(standing, 1L))
                .isInstanceOf(StepRefused.class)
                .hasMessageStartingWith("案件已有新的办理步骤（当前第 2 步，请求基于第 1 步）");
    }

    @Test
    void aReceiptHoldersVerdictIsRecordedInAnyStateAndChangesNothing() {
        UUID caseId = book.open("330281-D01", Severity.MINOR);
        book.step(caseId, reply("已整改"));
        book.step(caseId, move(REPLY_ACCEPTED, STATION_STAFF).because("经核查已整改"));
        Standing closed = book.standing(caseId);

        List<CaseStepped> made = book.step(
                caseId, move(CONFIRMATION_RECORDED, "receipt-holder").verdict(FollowUpRecorded.Rectified.PARTLY));

        assertThat(made.get(0).reason()).startsWith("群众评价：部分整改");
        assertThat(made.get(0).confirmation()).isEqualTo(FollowUpRecorded.Rectified.PARTLY);
        Standing after = book.standing(caseId);
        assertThat(after.state()).isEqualTo(closed.state());
        assertThat(after.rungCode()).isEqualTo(closed.rungCode());
        assertThat(after.sequence()).isEqualTo(closed.sequence() + 1);
    }

    @Test
    void theInquiryLadderClimbsFromReminderToDisposal() {
        UUID caseId = book.open(
                "330281-D01", Ladders.INQUIRY, new Circumstances(Severity.MINOR, null, false, List.of()), null);
        assertThat(book.standing(caseId).rungCode()).isEqualTo("REMINDER");
        assertThat(book.standing(caseId).colour()).isEqualTo(WarningColour.BLUE);

        clock.set("2026-10-20T08:00");
        book.sweep();
        assertThat(book.standing(caseId).rungCode()).isEqualTo("INQUIRY");
        book.step(caseId, reply("函询答复"));
        book.step(caseId, move(REPLY_REJECTED, STATION_STAFF).because("答复避重就轻"));
        assertThat(book.standing(caseId).rungCode()).isEqualTo("INTERVIEW");
        assertThat(book.standing(caseId).colour()).isEqualTo(WarningColour.ORANGE);

        clock.set("2026-12-31T08:00");
        book.sweep();
        assertThat(book.standing(caseId).rungCode()).isEqualTo("DISPOSAL");
        assertThat(book.standing(caseId).state()).isEqualTo(State.REFERRED);
    }

    @Test
    void theCardsLadderGoesFromGreenToRed() {
        UUID caseId =
                book.open("330281-D01", Ladders.CARDS, new Circumstances(Severity.MINOR, null, false, List.of()), null);
        assertThat(book.standing(caseId).rungCode()).isEqualTo("GREEN_CARD");
        // Ten working days from Monday 12 October: due at the start of 27 October.
        assertThat(book.standing(caseId).dueAt()).isEqualTo(local("2026-10-27T00:00"));

        book.step(caseId, reply("自查报告"));
        book.step(caseId, move(REPLY_REJECTED, STATION_STAFF).because("自查流于形式"));
        assertThat(book.standing(caseId).rungCode()).isEqualTo("YELLOW_CARD");
        assertThat(book.standing(caseId).colour()).isEqualTo(WarningColour.ORANGE);

        clock.set("2026-12-31T08:00");
        book.sweep();
        assertThat(book.standing(caseId).rungCode()).isEqualTo("RED_CARD");
        assertThat(book.standing(caseId).state()).isEqualTo(State.REFERRED);
    }

    @Test
    void theAdmonishmentsLadderKeepsItsTopRungWithANewDeadlineAndClosesOnAcceptance() {
        UUID caseId = book.open(
                "330281-D01", Ladders.ADMONISHMENTS, new Circumstances(Severity.GRAVE, null, false, List.of()), null);
        assertThat(book.standing(caseId).rungCode()).isEqualTo("ADMONISH_CORRECT");
        Instant firstDue = book.standing(caseId).dueAt();

        clock.setInstant(firstDue.plusSeconds(3600));
        assertThat(book.sweep()).isEqualTo(1);

        List<CaseStepped> history = book.history(caseId);
        CaseStepped escalated = history.get(2);
        assertThat(escalated.step()).isEqualTo(ESCALATED);
        assertThat(escalated.rungCode()).isEqualTo("ADMONISH_CORRECT");
        assertThat(escalated.dueAt()).isAfter(firstDue);
        assertThat(escalated.reason()).contains("已是本阶梯最高一级，保留纠正诫勉并重新起算期限");
        assertThat(history.get(3).step()).isEqualTo(NOTICE_ISSUED);

        book.step(caseId, reply("整改报告"));
        book.step(caseId, move(REPLY_REJECTED, STATION_STAFF).because("整改不彻底"));
        assertThat(book.standing(caseId).rungCode()).isEqualTo("ADMONISH_CORRECT");
        assertThat(book.standing(caseId).state()).isEqualTo(State.OPEN);
        book.step(caseId, reply("补充整改报告"));
        book.step(caseId, move(REPLY_ACCEPTED, STATION_STAFF).because("整改到位"));
        assertThat(book.standing(caseId).state()).isEqualTo(State.CLOSED);
    }

    @Test
    void aDeadlineInAYearWithoutATableCountsMondayToFridayAndSaysSo() {
        clock.set("2026-12-28T09:00");
        UUID caseId = book.open("330281-D01", Severity.MINOR);

        CaseStepped opened = book.history(caseId).get(0);
        // 29, 30, 31 December from the table, then Friday 1 and Monday 4 January 2027 counted as weekdays.
        assertThat(opened.dueAt()).isEqualTo(local("2027-01-05T00:00"));
        assertThat(opened.reason()).contains("2027年尚无工作日历表，期限按周一至周五计算");
        assertThat(book.history(caseId).get(1).reason()).contains("no working-day table for 2027");
    }

    private Move move(Step step, String actor) {
        return Move.of(step, clock.instant(), actor);
    }

    private Move reply(String text) {
        return move(REPLIED, OFFICER).saying(text, List.of(UUID.randomUUID()));
    }

    private static Instant local(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Deadlines.ZONE).toInstant();
    }
}
