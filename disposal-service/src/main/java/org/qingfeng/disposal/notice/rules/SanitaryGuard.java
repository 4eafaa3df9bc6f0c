package org.qingfeng.disposal.notice.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.qingfeng.contracts.intake.Channel;

/**
 * The last check before a document leaves: it must not print a channel, a clock time or timestamp,
 * an informant token or a node code, nor any of the tokens the caller knows must stay out (the
 * wording or names behind a case, where it has them). The composer already reads only whitelisted
 * fields; this catches a name or a configured text that would still give a source away.
 */
public final class SanitaryGuard {

    /** How the channels are called in Chinese, besides their codes. */
    private static final List<String> CHANNEL_WORDS =
            List.of("微信", "短信", "热线", "来信", "来访", "信箱", "电子邮件", "邮箱", "联系卡", "问卷", "论坛", "网上信访", "网页表单");

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("inf-[0-9A-Za-z]{6,}"),
            Pattern.compile("\\d{1,2}[:：]\\d{2}"),
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
            Pattern.compile("\\d{6}-[0-9A-Z]+"));

    private SanitaryGuard() {}

    /** @throws Unsanitary naming what was found (a category, never the text itself) */
    public static void check(OfficialDocument document, Collection<String> forbidden) {
        String text = document.text();
        String upper = text.toUpperCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            if (upper.contains(channel.name())) {
                found.add("channel");
            }
        }
        CHANNEL_WORDS.stream().filter(text::contains).findFirst().ifPresent(word -> found.add("channel"));
        PATTERNS.stream()
                .filter(pattern -> pattern.matcher(text).find())
                .forEach(pattern -> found.add("pattern " + pattern.pattern()));
        if (forbidden.stream().anyMatch(token -> !token.isBlank() && text.contains(token))) {
            found.add("a forbidden token");
        }
        if (!found.isEmpty()) {
            throw new Unsanitary(found);
        }
    }

    /** A composed document that would print something pointing to a source: it is not issued. */
    public static final class Unsanitary extends RuntimeException {

        Unsanitary(List<String> found) {
            super("the document would print " + String.join(", ", found));
        }
    }
}
