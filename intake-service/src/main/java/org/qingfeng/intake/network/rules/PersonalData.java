package org.qingfeng.intake.network.rules;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds what looks like personal data in text that will be published: mobile and landline numbers,
 * identity numbers, e-mail addresses, a person named after a label ("联系人：张三"), and the name of
 * any informant. Generous on purpose: a refused description costs a rewording, a published phone
 * number cannot be taken back.
 *
 * <p>An informant's name is found by sliding windows of 2 to 4 Chinese characters over the text and
 * asking {@link KnownNames}; the answer names it "a person's name" like the labelled pattern, so that
 * the refusal does not tell the caller which strings are informants' names.
 */
public final class PersonalData {

    /** What the text looked like, Chinese and English, for the message. */
    public record Kind(String zh, String en) {}

    public static final Kind MOBILE = new Kind("手机号码", "a mobile number");
    public static final Kind LANDLINE = new Kind("带区号的固定电话", "a landline number with area code");
    public static final Kind ID_NUMBER = new Kind("身份证号码", "an identity number");
    public static final Kind EMAIL = new Kind("电子邮箱", "an e-mail address");
    public static final Kind NAME = new Kind("人名", "a person's name");

    /** Digits may come grouped by a space or a hyphen, as people write them: 139-1234-5678. */
    private static final Pattern MOBILE_NUMBER =
            Pattern.compile("(?<!\\d)(?:\\+?86[\\s-]?)?1[3-9]\\d[\\s-]?\\d{4}[\\s-]?\\d{4}(?!\\d)");

    private static final Pattern LANDLINE_NUMBER =
            Pattern.compile("(?<!\\d)(?:\\(0\\d{2,3}\\)|0\\d{2,3})[\\s-]?\\d{3,4}[\\s-]?\\d{4}(?!\\d)");
    private static final Pattern IDENTITY_NUMBER =
            Pattern.compile("(?<![0-9A-Za-z])(?:\\d{6}[\\s-]?\\d{8}[\\s-]?\\d{3}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
    private static final Pattern EMAIL_ADDRESS =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    private static final Pattern LABELLED_PERSON = Pattern.compile("(?:联系人|负责人|信息员|举报人|姓名)\\s*[:：]\\s*\\p{IsHan}{2,4}");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,}");
    private static final int SHORTEST_NAME = 2;
    private static final int LONGEST_NAME = 4;

    private PersonalData() {}

    /** What the text seems to carry, or empty when it looks free of personal data. */
    public static Optional<Kind> find(@Nullable String text, KnownNames names) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (IDENTITY_NUMBER.matcher(folded).find()) {
            return Optional.of(ID_NUMBER);
        }
        if (MOBILE_NUMBER.matcher(folded).find()) {
            return Optional.of(MOBILE);
        }
        if (LANDLINE_NUMBER.matcher(folded).find()) {
            return Optional.of(LANDLINE);
        }
        if (EMAIL_ADDRESS.matcher(folded).find()) {
            return Optional.of(EMAIL);
        }
        if (LABELLED_PERSON.matcher(folded).find() || namesSomeone(folded, names)) {
            return Optional.of(NAME);
        }
        return Optional.empty();
    }

    /** The message of a refusal, Chinese first. */
    public static String message(Kind kind) {
        return "疑似包含个人信息（" + kind.zh() + "），公开字段不得包含个人信息 / looks like personal data (" + kind.en()
                + "): published fields must not carry it";
    }

    private static boolean namesSomeone(String text, KnownNames names) {
        Matcher runs = HAN_RUN.matcher(text);
        while (runs.find()) {
            int[] run = runs.group().codePoints().toArray();
            for (int size = SHORTEST_NAME; size <= LONGEST_NAME; size++) {
                for (int start = 0; start + size <= run.length; start++) {
                    if (names.isKnownName(new String(run, start, size))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
