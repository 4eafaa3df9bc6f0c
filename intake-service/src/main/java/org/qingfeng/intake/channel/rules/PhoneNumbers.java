package org.qingfeng.intake.channel.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Sender numbers as the roster writes phones: digits only, a mainland mobile without its country
 * code. Gateways send {@code +8613912345678}, {@code 8613912345678}, {@code 0086 139 1234 5678} or
 * the bare eleven digits; all are the same informant.
 */
public final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().（）]");
    private static final Pattern DIGITS = Pattern.compile("\\+?[0-9]{3,20}");
    private static final Pattern MOBILE_WITH_COUNTRY = Pattern.compile("^(?:\\+86|0086|86)(1[0-9]{10})$");

    private PhoneNumbers() {}

    /** The number in the roster's form, or empty when {@code from} is not a phone number at all. */
    public static Optional<String> normalised(@Nullable String from) {
        if (from == null) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(from.strip()).replaceAll("");
        if (!DIGITS.matcher(compact).matches()) {
            return Optional.empty();
        }
        var mobile = MOBILE_WITH_COUNTRY.matcher(compact);
        if (mobile.matches()) {
            return Optional.of(mobile.group(1));
        }
        return Optional.of(compact.startsWith("+") ? compact.substring(1) : compact);
    }
}
