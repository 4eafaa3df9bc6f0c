package org.qingfeng.intake.informant.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The 18-character citizen identity number of GB 11643-1999: six digits of region, eight of birth
 * date, three of sequence, and a check character computed with ISO 7064 MOD 11-2.
 */
public final class ResidentIdNumber {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private ResidentIdNumber() {}

    /** Whether {@code number} (upper case, no spaces) has the shape, a real birth date and the right check character. */
    public static boolean isValid(String number) {
        return SHAPE.matcher(number).matches() && hasBirthDate(number) && number.charAt(17) == checkCharacter(number);
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static boolean hasBirthDate(String number) {
        try {
            LocalDate born = LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
            return born.getYear() >= 1900;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
