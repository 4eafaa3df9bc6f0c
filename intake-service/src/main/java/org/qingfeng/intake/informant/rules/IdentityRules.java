package org.qingfeng.intake.informant.rules;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.rules.Violation;

/**
 * What an identity must be: a number of letters, digits and hyphens; a name of 2 to 20 characters; a
 * mainland mobile number; optionally an e-mail address and an 18-character identity number with a
 * valid check character. Full-width characters and spaces are folded first. Messages never echo
 * the value.
 */
public final class IdentityRules {

    static final String REQUIRED = "必填 / required";

    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}·.]{2,20}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final int MAX_EMAIL = 100;

    private IdentityRules() {}

    /** The identity, or null when a violation was added to {@code out}. */
    public static @Nullable Identity check(
            @Nullable String number,
            @Nullable String name,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String idNumber,
            List<Violation> out) {
        int before = out.size();
        String n = checkNumber(number, out);
        String nm = checkName(name, out);
        String p = checkPhone(phone, out);
        String e = checkEmail(email, out);
        String id = checkIdNumber(idNumber, out);
        return out.size() > before ? null : new Identity(n, nm, p, e, id);
    }

    /** Full-width forms folded and every space removed. */
    public static String folded(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** A mobile number as stored: digits only, without +86. */
    public static String normalisedPhone(String phone) {
        String digits = folded(phone).replace("-", "");
        if (digits.startsWith("+86")) {
            return digits.substring(3);
        }
        return digits.length() == 13 && digits.startsWith("86") ? digits.substring(2) : digits;
    }

    private static String checkNumber(@Nullable String number, List<Violation> out) {
        String value = number == null ? "" : folded(number).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            out.add(new Violation("number", REQUIRED));
        } else if (!NUMBER.matcher(value).matches()) {
            out.add(new Violation("number", "须为不超过 40 位的字母、数字或连字符 / letters, digits and hyphens, at most 40"));
        }
        return value;
    }

    private static String checkName(@Nullable String name, List<Violation> out) {
        String value = name == null
                ? ""
                : Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        if (value.isEmpty()) {
            out.add(new Violation("name", REQUIRED));
        } else if (!NAME.matcher(value.replace(" ", "")).matches()) {
            out.add(new Violation("name", "须为 2 到 20 个字，不含数字和符号 / 2 to 20 letters, no digits or symbols"));
        }
        return value;
    }

    private static String checkPhone(@Nullable String phone, List<Violation> out) {
        String value = phone == null ? "" : normalisedPhone(phone);
        if (value.isEmpty()) {
            out.add(new Violation("phone", REQUIRED));
        } else if (!MOBILE.matcher(value).matches()) {
            out.add(new Violation("phone", "须为 11 位大陆手机号码 / must be an 11-digit mainland mobile number"));
        }
        return value;
    }

    private static @Nullable String checkEmail(@Nullable String email, List<Violation> out) {
        String value = email == null ? "" : folded(email);
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > MAX_EMAIL || !EMAIL.matcher(value).matches()) {
            out.add(new Violation("email", "电子邮箱格式不正确 / not an e-mail address"));
        }
        return value;
    }

    private static @Nullable String checkIdNumber(@Nullable String idNumber, List<Violation> out) {
        String value = idNumber == null ? "" : folded(idNumber).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return null;
        }
        if (!ResidentIdNumber.isValid(value)) {
            out.add(new Violation(
                    "idNumber",
                    "须为 18 位居民身份证号码，校验位正确 / must be an 18-character identity number with a valid check character"));
        }
        return value;
    }
}
