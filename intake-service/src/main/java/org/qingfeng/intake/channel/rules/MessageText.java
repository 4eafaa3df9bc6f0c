package org.qingfeng.intake.channel.rules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The little grammar a message may open with, before its description: {@code #<region code>} places
 * it, {@code @<unit code>} names the unit it concerns, and {@code !} or {@code 急} marks it
 * immediate. The markers come in any order, full-width forms too ({@code ＃ ＠ ！}); whatever follows
 * is the description. {@code 急} counts only standing alone ({@code 急 …}, {@code 急！…}, {@code 急#…}),
 * so a description that starts with 急需 stays a description.
 *
 * @param regionCode the region the sender placed it in, upper-cased as codes are written
 * @param unitCode the unit the sender named
 * @param immediate whether the sender marked it urgent
 * @param description the rest of the text, stripped
 */
public record MessageText(
        @Nullable String regionCode, @Nullable String unitCode, boolean immediate, String description) {

    private static final Pattern REGION = Pattern.compile("^[#＃]\\s*([0-9A-Za-z][0-9A-Za-z-]{0,40})");
    private static final Pattern UNIT = Pattern.compile("^[@＠]\\s*([0-9A-Za-z][0-9A-Za-z-]{0,40})");
    private static final Pattern URGENT = Pattern.compile("^(?:[!！]+|急[!！]+|急(?=$|[\\s#＃@＠:：,，、。]))");
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s:：,，、]+");

    /** Reads the markers off the start of {@code text}; never fails, a text without any is all description. */
    public static MessageText parse(@Nullable String text) {
        String rest = text == null ? "" : text.strip();
        String region = null;
        String unit = null;
        boolean immediate = false;
        boolean found = true;
        while (found && !rest.isEmpty()) {
            found = false;
            Matcher m;
            if (region == null && (m = REGION.matcher(rest)).find()) {
                region = m.group(1).toUpperCase(Locale.ROOT);
                rest = rest.substring(m.end());
                found = true;
            } else if (unit == null && (m = UNIT.matcher(rest)).find()) {
                unit = m.group(1).toUpperCase(Locale.ROOT);
                rest = rest.substring(m.end());
                found = true;
            } else if (!immediate && (m = URGENT.matcher(rest)).find()) {
                immediate = true;
                rest = rest.substring(m.end());
                found = true;
            }
            rest = SEPARATORS.matcher(rest).replaceFirst("");
        }
        return new MessageText(region, unit, immediate, rest.strip());
    }

    /** Never the description: it is confidential. */
    @Override
    public String toString() {
        return "MessageText[" + regionCode + ", " + unitCode + ", immediate=" + immediate + "]";
    }
}
