package org.qingfeng.disposal.notice.rules;

import java.util.Map;

/**
 * The title of the notice each rung issues, for every ladder's rung codes. ORANGE's notice is the
 * 廉政预警通知书 unless the deployment calls it a 整改通知书.
 */
public final class RungTitles {

    /** The title of a rung whose code no ladder of this version knows. */
    public static final String FALLBACK = "预警通知书";

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("BLUE", "情况说明通知书"),
            Map.entry("YELLOW", "警示谈话通知书"),
            Map.entry("ORANGE", "廉政预警通知书"),
            Map.entry("RED", "移送立案审查函"),
            Map.entry("REMINDER", "提醒函"),
            Map.entry("INQUIRY", "函询通知书"),
            Map.entry("INTERVIEW", "约谈通知书"),
            Map.entry("DISPOSAL", "处置移送函"),
            Map.entry("GREEN_CARD", "绿牌预警通知书"),
            Map.entry("YELLOW_CARD", "黄牌预警通知书"),
            Map.entry("RED_CARD", "红牌预警通知书"),
            Map.entry("ADMONISH_REMIND", "提醒诫勉通知书"),
            Map.entry("ADMONISH_SUPERVISE", "督促诫勉通知书"),
            Map.entry("ADMONISH_CORRECT", "纠正诫勉通知书"));

    private RungTitles() {}

    public static String titleOf(String rungCode, boolean orangeAsRectification) {
        if (orangeAsRectification && rungCode.equals("ORANGE")) {
            return "整改通知书";
        }
        return TITLES.getOrDefault(rungCode, FALLBACK);
    }

    /** What the rung asks of the recipient, which decides the body of its notice. */
    static Demand demandOf(String rungCode) {
        return switch (rungCode) {
            case "BLUE", "REMINDER", "ADMONISH_REMIND" -> Demand.EXPLANATION;
            case "GREEN_CARD" -> Demand.SELF_CHECK;
            case "YELLOW" -> Demand.TALK;
            case "INQUIRY" -> Demand.INQUIRY;
            case "INTERVIEW", "ADMONISH_SUPERVISE" -> Demand.INTERVIEW;
            case "RED", "DISPOSAL", "RED_CARD" -> Demand.REFERRAL;
            default -> Demand.RECTIFICATION;
        };
    }

    enum Demand {
        EXPLANATION,
        SELF_CHECK,
        TALK,
        INQUIRY,
        INTERVIEW,
        RECTIFICATION,
        REFERRAL
    }
}
