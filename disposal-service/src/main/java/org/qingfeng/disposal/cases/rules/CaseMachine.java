package org.qingfeng.disposal.cases.rules;

import static org.qingfeng.contracts.disposal.CaseStepped.State.ACKNOWLEDGED;
import static org.qingfeng.contracts.disposal.CaseStepped.State.CLOSED;
import static org.qingfeng.contracts.disposal.CaseStepped.State.OPEN;
import static org.qingfeng.contracts.disposal.CaseStepped.State.REFERRED;
import static org.qingfeng.contracts.disposal.CaseStepped.State.REPLIED;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.disposal.cases.rules.Standing.Talk;

/**
 * The one state machine every ladder is a configuration of. It answers the steps a move makes (the
 * step itself and, when the case lands on a new rung, that rung's notice) or refuses with the reason.
 *
 * <ul>
 *   <li>A reply, or the clock past a deadline, moves the case: accepted → closed; rejected or overdue →
 *       one rung up with a new notice and deadline; onto a referral rung → referred (no notice, the
 *       case leaves the ladder); past the top of a ladder without referral → the same rung again.
 *   <li>On a talk rung the talk is scheduled, then its record uploaded, then the reply comes.
 *   <li>A receipt holder's verdict is recorded in any state and changes nothing of the standing.
 * </ul>
 */
public final class CaseMachine {

    /** The actor of the steps the clock takes. */
    public static final String CLOCK = "disposal-service";

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Ladders ladders;
    private final Deadlines deadlines;

    public CaseMachine(Ladders ladders, Deadlines deadlines) {
        this.ladders = ladders;
        this.deadlines = deadlines;
    }

    public Ladders ladders() {
        return ladders;
    }

    /** The opening and the first notice. */
    public List<Change> open(Opening opening) {
        Ladder ladder = ladders.get(opening.ladder());
        if (opening.rung() < 0 || opening.rung() > ladder.topWaiting()) {
            throw new IllegalArgumentException("a case opens on a waiting rung of " + ladder.id());
        }
        Rung rung = ladder.rung(opening.rung());
        Deadlines.Due due = deadlines.after(opening.at(), rung.workingDays());
        Instant ackBy =
                opening.acknowledgeWithin() == null ? null : opening.at().plus(opening.acknowledgeWithin());
        Standing first = new Standing(
                ladder.id(),
                ladder.version(),
                opening.rung(),
                rung.code(),
                rung.colour(),
                OPEN,
                due.at(),
                ackBy,
                1,
                opening.at(),
                Talk.NONE);
        Change opened = Change.of(Step.OPENED, first, opening.at(), opening.actor(), noted(opening.reason(), due));
        return List.of(opened, notice(first, rung, opening.at(), opening.actor(), due));
    }

    /**
     * @throws StepRefused when the standing does not allow the move
     */
    public List<Change> step(Standing standing, Move move) {
        if (move.step() == Step.CONFIRMATION_RECORDED) {
            return List.of(confirmation(standing, move));
        }
        if (standing.finished()) {
            throw new StepRefused(
                    standing.state() == CLOSED
                            ? "案件已办结，不能再办理 / The case is closed: nothing more can be done on it"
                            : "案件已移送立案，不能再办理 / The case was referred: nothing more can be done on it");
        }
        return switch (move.step()) {
            case OPENED -> throw new StepRefused("案件已立案 / The case is already open");
            case NOTICE_ISSUED ->
                throw new StepRefused(
                        "通知书随立案、退回或升级自动发出 / Notices are issued with the opening, a rejection" + " or an escalation");
            case ACKNOWLEDGED -> List.of(acknowledge(standing, move));
            case TALK_SCHEDULED -> List.of(scheduleTalk(standing, move));
            case TALK_RECORDED -> List.of(recordTalk(standing, move));
            case REPLIED -> List.of(reply(standing, move));
            case REPLY_ACCEPTED -> List.of(accept(standing, move));
            case REPLY_REJECTED -> reject(standing, move);
            case ESCALATED -> escalate(standing, move);
            case REFERRED -> List.of(refer(standing, move));
            case CLOSED -> List.of(close(standing, move));
            case CONFIRMATION_RECORDED -> List.of(confirmation(standing, move));
        };
    }

    /** The deadline a case has missed at {@code now}, null when none. */
    public static @Nullable Instant missedDeadline(Standing standing, Instant now) {
        if (standing.state() == OPEN && standing.acknowledgeBy() != null && now.isAfter(standing.acknowledgeBy())) {
            return standing.acknowledgeBy();
        }
        if (standing.waiting() && standing.dueAt() != null && now.isAfter(standing.dueAt())) {
            return standing.dueAt();
        }
        return null;
    }

    private Change acknowledge(Standing standing, Move move) {
        if (standing.state() != OPEN) {
            throw new StepRefused("已签收，无需重复签收 / Receipt was already acknowledged");
        }
        return Change.of(move, standing.next(move.at(), ACKNOWLEDGED, standing.talk()), "签收 / Acknowledged");
    }

    private Change scheduleTalk(Standing standing, Move move) {
        requireTalkRung(standing);
        requireWaiting(standing);
        if (standing.talk() == Talk.RECORDED) {
            throw new StepRefused("谈话已记录，不能再安排 / The talk is already recorded");
        }
        if (move.talkKind() == null || move.scheduledFor() == null) {
            throw new StepRefused("须写明谈话类型和时间 / Name the kind of talk and when it takes place");
        }
        String when = MINUTE.format(move.scheduledFor().atZone(Deadlines.ZONE));
        String reason = (move.talkKind() == CaseStepped.TalkKind.WARNING_TALK ? "安排警示谈话" : "安排诫勉谈话") + "，时间 "
                + when + " / " + (move.talkKind() == CaseStepped.TalkKind.WARNING_TALK ? "warning" : "admonishment")
                + " talk scheduled for " + when;
        return Change.of(move, standing.next(move.at(), standing.state(), Talk.SCHEDULED), reason);
    }

    private Change recordTalk(Standing standing, Move move) {
        requireTalkRung(standing);
        requireWaiting(standing);
        if (standing.talk() != Talk.SCHEDULED) {
            throw new StepRefused(
                    standing.talk() == Talk.RECORDED
                            ? "谈话已记录 / The talk is already recorded"
                            : "须先安排谈话 / Schedule the talk first");
        }
        requireText(move, "谈话记录 / The talk's record");
        return Change.of(move, standing.next(move.at(), standing.state(), Talk.RECORDED), "上传谈话记录 / Talk recorded");
    }

    private Change reply(Standing standing, Move move) {
        if (standing.state() == REPLIED) {
            throw new StepRefused("已答复，等待核查 / A reply is already waiting for verification");
        }
        Rung rung = ladders.get(standing.ladder()).rung(standing.rung());
        if (rung.kind() == RungKind.TALK && standing.talk() != Talk.RECORDED) {
            throw new StepRefused("本级须先谈话并上传谈话记录，再提交书面答复 / On this rung the talk must be held and"
                    + " recorded before the written reply");
        }
        requireText(move, "答复内容 / The reply's text");
        return Change.of(move, standing.next(move.at(), REPLIED, standing.talk()), "答复 / Replied");
    }

    private Change accept(Standing standing, Move move) {
        requireReplied(standing);
        String reason = requireReason(move);
        return Change.of(move, standing.next(move.at(), CLOSED, standing.talk()), reason);
    }

    private List<Change> reject(Standing standing, Move move) {
        requireReplied(standing);
        return climb(standing, move, move.at(), "退回：" + requireReason(move), "rejected");
    }

    private List<Change> escalate(Standing standing, Move move) {
        Instant missed = missedDeadline(standing, move.at());
        if (missed == null) {
            throw new StepRefused("尚未逾期，不能升级 / Nothing is overdue: the case cannot be escalated");
        }
        String when = MINUTE.format(missed.atZone(Deadlines.ZONE));
        String reason = missed.equals(standing.acknowledgeBy())
                ? "逾期未签收（应于 " + when + " 前签收） / not acknowledged by " + when
                : "逾期未答复（期限至 " + Deadlines.lastDay(missed) + "） / no reply by the deadline ("
                        + Deadlines.lastDay(missed) + ")";
        // Dated at the deadline it missed (or the latest step, if that came later): every sweep that
        // finds it overdue builds the same fact, and the new deadline counts from the one missed.
        Instant at = missed.isAfter(standing.updatedAt()) ? missed : standing.updatedAt();
        return climb(standing, move, at, reason, "overdue");
    }

    private List<Change> climb(Standing standing, Move move, Instant at, String why, String whyEn) {
        Ladder ladder = ladders.get(standing.ladder());
        int next = standing.rung() + 1;
        Move dated = new Move(
                move.step(), at, move.actor(), move.reason(), move.text(), move.attachmentIds(), null, null, null);
        if (next > ladder.top()) {
            Rung same = ladder.rung(standing.rung());
            Deadlines.Due due = deadlines.after(at, same.workingDays());
            Standing after = standing.onRung(ladder, standing.rung(), OPEN, due.at(), null, at);
            String reason = why + "；已是本阶梯最高一级，保留" + same.name() + "并重新起算期限 / " + whyEn
                    + ": already the top rung, stays on " + same.english() + " with a new deadline";
            return List.of(Change.of(dated, after, noted(reason, due)), notice(after, same, at, move.actor(), due));
        }
        Rung rung = ladder.rung(next);
        if (rung.referral()) {
            Standing after = standing.onRung(ladder, next, REFERRED, null, null, at);
            String reason = why + "；升至" + rung.name() + "，移送立案调查 / " + whyEn + ": up to " + rung.english()
                    + ", referred for case investigation";
            return List.of(Change.of(dated, after, reason));
        }
        Deadlines.Due due = deadlines.after(at, rung.workingDays());
        Standing after = standing.onRung(ladder, next, OPEN, due.at(), null, at);
        String reason = why + "；升至" + rung.name() + " / " + whyEn + ": up to " + rung.english();
        return List.of(Change.of(dated, after, noted(reason, due)), notice(after, rung, at, move.actor(), due));
    }

    private Change refer(Standing standing, Move move) {
        Ladder ladder = ladders.get(standing.ladder());
        int rung = ladder.hasReferral() ? ladder.top() : standing.rung();
        Standing after = standing.onRung(ladder, rung, REFERRED, null, null, move.at());
        return Change.of(move, after, requireReason(move));
    }

    private Change close(Standing standing, Move move) {
        return Change.of(move, standing.next(move.at(), CLOSED, standing.talk()), requireReason(move));
    }

    private Change confirmation(Standing standing, Move move) {
        if (move.confirmation() == null) {
            throw new StepRefused("须写明群众评价 / The receipt holder's verdict is missing");
        }
        String reason =
                switch (move.confirmation()) {
                    case FIXED -> "群众评价：问题已整改 / receipt holder: fixed";
                    case PARTLY -> "群众评价：部分整改 / receipt holder: partly fixed";
                    case NOT_FIXED -> "群众评价：问题未整改 / receipt holder: not fixed";
                };
        return Change.of(move, standing.next(move.at(), standing.state(), standing.talk()), reason);
    }

    private Change notice(Standing placed, Rung rung, Instant at, String actor, Deadlines.Due due) {
        Standing after = placed.next(at, placed.state(), placed.talk());
        String reason = "发出" + rung.name() + "通知，限 " + rung.workingDays() + " 个工作日内答复（至 "
                + Deadlines.lastDay(due.at()) + "） / " + rung.english() + " notice: reply within "
                + rung.workingDays() + " working days (by " + Deadlines.lastDay(due.at()) + ")";
        if (placed.acknowledgeBy() != null) {
            String by = MINUTE.format(placed.acknowledgeBy().atZone(Deadlines.ZONE));
            reason += "；须于 " + by + " 前签收 / acknowledge by " + by;
        }
        return Change.of(Step.NOTICE_ISSUED, after, at, actor, noted(reason, due));
    }

    private static String noted(String reason, Deadlines.Due due) {
        return due.note() == null ? reason : reason + "（" + due.note() + "）";
    }

    private void requireTalkRung(Standing standing) {
        if (ladders.get(standing.ladder()).rung(standing.rung()).kind() != RungKind.TALK) {
            throw new StepRefused("本级不安排谈话 / This rung has no talk");
        }
    }

    private static void requireWaiting(Standing standing) {
        if (!standing.waiting()) {
            throw new StepRefused("已答复，等待核查 / A reply is already waiting for verification");
        }
    }

    private static void requireReplied(Standing standing) {
        if (standing.state() != REPLIED) {
            throw new StepRefused("没有待核查的答复 / There is no reply to verify");
        }
    }

    private static String requireReason(Move move) {
        if (move.reason() == null || move.reason().isBlank()) {
            throw new StepRefused("须写明理由 / A reason is required");
        }
        return move.reason().strip();
    }

    private static void requireText(Move move, String what) {
        if (move.text() == null || move.text().isBlank()) {
            throw new StepRefused(what.replace(" / ", "不能为空 / ") + " is required");
        }
    }
}
