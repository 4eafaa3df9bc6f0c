package org.qingfeng.analysis.register.rules;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Risk point ids: {@code <unitCode>-P<nn>} when generated, two digits at least ({@code 330281-D01-P03}). */
public final class PointIds {

    /** What a stated id may look like: letters, digits and hyphens, as unit codes are written. */
    public static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    private PointIds() {}

    public static String of(String unitCode, int number) {
        return unitCode + "-P" + (number < 10 ? "0" + number : Integer.toString(number));
    }

    /** The number of a point id of the unit in the generated form, so numbering continues above it. */
    public static OptionalInt numberOf(String unitCode, String riskPointId) {
        String prefix = unitCode + "-P";
        if (!riskPointId.startsWith(prefix)) {
            return OptionalInt.empty();
        }
        String digits = riskPointId.substring(prefix.length());
        if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(digits));
    }
}
