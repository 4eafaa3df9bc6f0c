package org.qingfeng.disposal.cases;

import java.util.Map;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.WarningColour;

/** What people read for the codes of a case: Chinese first, then English. */
public final class CaseLabels {

    private static final Map<String, String> LADDERS = Map.of(
            "four-colour", "四色预警 / Four-colour warning",
            "inquiry", "提醒·函询·约谈·处置 / Reminder, inquiry, interview, disposal",
            "cards", "绿黄红牌 / Green, yellow and red cards",
            "admonishments", "三诫勉 / Three admonishments");

    private static final Map<String, String> RUNGS = Map.ofEntries(
            Map.entry("BLUE", "蓝色预警：书面说明 / Blue: written explanation"),
            Map.entry("YELLOW", "黄色预警：警示谈话 / Yellow: warning talk"),
            Map.entry("ORANGE", "橙色预警：限期整改 / Orange: rectification with a deadline"),
            Map.entry("RED", "红色预警：立案调查 / Red: case investigation"),
            Map.entry("REMINDER", "提醒 / Reminder"),
            Map.entry("INQUIRY", "函询 / Letter of inquiry"),
            Map.entry("INTERVIEW", "约谈 / Interview"),
            Map.entry("DISPOSAL", "处置 / Disposal"),
            Map.entry("GREEN_CARD", "绿牌：尚无风险 / Green card: no risk yet"),
            Map.entry("YELLOW_CARD", "黄牌：出现风险苗头 / Yellow card: signs of risk"),
            Map.entry("RED_CARD", "红牌：风险已发生 / Red card: risk occurred"),
            Map.entry("ADMONISH_REMIND", "提醒诫勉 / Admonishment: reminder"),
            Map.entry("ADMONISH_SUPERVISE", "督促诫勉 / Admonishment: supervision"),
            Map.entry("ADMONISH_CORRECT", "纠正诫勉 / Admonishment: correction"));

    private CaseLabels() {}

    public static String ladder(String ladder) {
        return LADDERS.getOrDefault(ladder, ladder);
    }

    public static String rung(String rungCode) {
        return RUNGS.getOrDefault(rungCode, rungCode);
    }

    public static String colour(WarningColour colour) {
        return switch (colour) {
            case BLUE -> "蓝色预警 / Blue";
            case YELLOW -> "黄色预警 / Yellow";
            case ORANGE -> "橙色预警 / Orange";
            case RED -> "红色预警 / Red";
        };
    }

    public static String state(CaseStepped.State state) {
        return switch (state) {
            case OPEN -> "待签收答复 / Awaiting acknowledgement and reply";
            case ACKNOWLEDGED -> "已签收，待答复 / Acknowledged, awaiting reply";
            case REPLIED -> "已答复，待核查 / Replied, awaiting verification";
            case CLOSED -> "已办结 / Closed";
            case REFERRED -> "已移送立案 / Referred for investigation";
        };
    }

    public static String step(CaseStepped.Step step) {
        return switch (step) {
            case OPENED -> "立案 / Opened";
            case NOTICE_ISSUED -> "发出通知书 / Notice issued";
            case ACKNOWLEDGED -> "签收 / Acknowledged";
            case REPLIED -> "答复 / Replied";
            case TALK_SCHEDULED -> "安排谈话 / Talk scheduled";
            case TALK_RECORDED -> "谈话记录 / Talk recorded";
            case REPLY_ACCEPTED -> "核查通过 / Reply accepted";
            case REPLY_REJECTED -> "退回升级 / Reply rejected";
            case ESCALATED -> "逾期升级 / Escalated on timeout";
            case REFERRED -> "移送立案 / Referred";
            case CONFIRMATION_RECORDED -> "群众评价 / Receipt holder's verdict";
            case CLOSED -> "办结 / Closed";
        };
    }

    public static String talk(CaseStepped.TalkKind kind) {
        return switch (kind) {
            case WARNING_TALK -> "警示谈话 / Warning talk";
            case ADMONISHMENT_TALK -> "诫勉谈话 / Admonishment talk";
        };
    }
}
