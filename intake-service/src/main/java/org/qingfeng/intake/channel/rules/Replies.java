package org.qingfeng.intake.channel.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qingfeng.intake.rules.Violation;

/**
 * What a sender is told, Chinese first with short English, in an SMS or an e-mail: the receipt and
 * how to use it, or what was wrong. Never their own text back: a reply may be read by someone else.
 */
public final class Replies {

    private static final String SIGNATURE = "【清风预警网】";
    private static final Map<String, String> FIELDS = Map.of(
            "regionCode", "区域",
            "unitCode", "所涉单位",
            "subjectArea", "领域",
            "description", "内容",
            "attachments", "附件",
            "contact", "联系方式",
            "concerns", "所涉对象",
            "informantToken", "信息员身份");

    private Replies() {}

    public static Reply accepted(String receipt) {
        return new Reply(
                "清风预警网回执 / Qingfeng receipt",
                SIGNATURE + "已收到您反映的情况，回执码：" + receipt
                        + "。请妥善保存，凭回执码可在清风预警网查询办理进展。Received; receipt " + receipt
                        + ". Keep it to check the status on the Qingfeng site.");
    }

    /** The rules the message broke, each named with its field. */
    public static Reply refused(List<Violation> violations) {
        String zh = violations.stream()
                .map(v -> FIELDS.getOrDefault(v.field(), v.field()) + "：" + chinese(v.message()))
                .collect(Collectors.joining("；"));
        String en = violations.stream()
                .map(v -> v.field() + ": " + english(v.message()))
                .collect(Collectors.joining("; "));
        return notAccepted(
                "您的信息未能受理。" + zh + "。请修改后重新发送。", "Not accepted. " + en + ". Please correct it and send again.");
    }

    /** A refusal the submission path worded whole, {@code 中文 / English}, such as a dismissed informant's. */
    public static Reply refused(String detail) {
        return notAccepted(chinese(detail) + "。", english(detail) + ".");
    }

    /** The message could not be read or handled at all. */
    public static Reply unreadable() {
        return notAccepted(
                "无法读取您发送的信息，请以纯文本重新发送。", "Your message could not be read; please send it again as plain text.");
    }

    /** The message is over the size the mailbox reads. */
    public static Reply tooLarge(long megabytes) {
        return notAccepted(
                "邮件超过 " + megabytes + " MB，未能读取，请减少附件后重新发送。",
                "The message is over " + megabytes + " MB and was not read; please send fewer or smaller files.");
    }

    /** Something on this side failed; the sender may try again. */
    public static Reply failed() {
        return notAccepted(
                "系统暂时无法处理您的信息，请稍后重新发送。", "The system could not handle your message; please try again later.");
    }

    private static Reply notAccepted(String zh, String en) {
        return new Reply("清风预警网：未能受理 / Qingfeng: not accepted", SIGNATURE + zh + en);
    }

    private static String chinese(String message) {
        int slash = message.indexOf(" / ");
        return slash < 0 ? message : message.substring(0, slash);
    }

    private static String english(String message) {
        int slash = message.indexOf(" / ");
        return slash < 0 ? message : message.substring(slash + 3);
    }

    /** A reply: the subject is used by e-mail only. */
    public record Reply(String subject, String text) {}
}
