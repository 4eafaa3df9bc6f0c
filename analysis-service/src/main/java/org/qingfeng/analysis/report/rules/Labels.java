package org.qingfeng.analysis.report.rules;

import java.util.Map;
import java.util.stream.Collectors;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.intake.SubjectAreas;

/** The Chinese words a report uses for the codes of channels, kinds, severities, destinations, colours and case states. */
public final class Labels {

    private static final Map<String, String> CHANNELS = Map.ofEntries(
            Map.entry("WEB_FORM", "网上报送"),
            Map.entry("API", "系统接口"),
            Map.entry("CONTACT_CARD", "联系卡"),
            Map.entry("LETTER", "来信"),
            Map.entry("SMS", "手机短信"),
            Map.entry("EMAIL", "电子邮件"),
            Map.entry("HOTLINE", "举报电话"),
            Map.entry("VISIT", "来访"),
            Map.entry("ONLINE_PETITION", "网上信访"),
            Map.entry("INTEGRITY_MAILBOX", "廉政信箱"),
            Map.entry("QUESTIONNAIRE", "问卷调查"),
            Map.entry("FORUM", "座谈会"),
            Map.entry("CADRE_VISIT", "干部下访"),
            Map.entry("MONTHLY_BATCH", "月报汇总"),
            Map.entry("MONITORING_REPORT", "监测点报送"));

    /** The shipped subject-area catalogue (contracts), shared with intake; other codes print as they are. */
    private static final Map<String, String> SUBJECTS = SubjectAreas.DEFAULTS.stream()
            .collect(Collectors.toUnmodifiableMap(SubjectAreas.Entry::code, SubjectAreas.Entry::zh));

    private Labels() {}

    /** The subject area's Chinese name, or the code itself when the catalogue has none. */
    public static String subject(String code) {
        return SUBJECTS.getOrDefault(code, code);
    }

    /** The channel's Chinese name, or the code itself when it has none. */
    public static String channel(String code) {
        return CHANNELS.getOrDefault(code, code);
    }

    public static String kind(FindingKind kind) {
        return switch (kind) {
            case EMERGING -> "苗头性";
            case TRENDING -> "倾向性";
            case WIDESPREAD -> "普遍性";
            case RECURRING -> "反复性";
        };
    }

    public static String severity(Severity severity) {
        return switch (severity) {
            case MINOR -> "一般";
            case MODERATE -> "较重";
            case SERIOUS -> "严重";
            case GRAVE -> "特别严重";
        };
    }

    public static String colour(WarningColour colour) {
        return switch (colour) {
            case BLUE -> "蓝色预警";
            case YELLOW -> "黄色预警";
            case ORANGE -> "橙色预警";
            case RED -> "红色预警";
        };
    }

    public static String state(State state) {
        return switch (state) {
            case OPEN -> "待签收答复";
            case ACKNOWLEDGED -> "已签收待答复";
            case REPLIED -> "已答复待验收";
            case CLOSED -> "整改验收办结";
            case REFERRED -> "移送立案调查";
        };
    }

    public static String destination(Destination destination) {
        return switch (destination) {
            case DISPOSAL -> "示警处置";
            case EXCHANGE -> "分析交流";
        };
    }
}
