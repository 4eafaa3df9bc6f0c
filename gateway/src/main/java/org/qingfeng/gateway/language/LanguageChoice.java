package org.qingfeng.gateway.language;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which language the console speaks. A {@code ?lang=} parameter wins over the remembered cookie;
 * anything unsupported falls back to Chinese.
 */
final class LanguageChoice {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;

    private LanguageChoice() {}

    static Locale choose(@Nullable String requested, @Nullable String remembered) {
        return supported(requested).or(() -> supported(remembered)).orElse(CHINESE);
    }

    /** The locale a parameter or cookie value names, if the console speaks it. */
    static Optional<Locale> supported(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String tag = value.trim().toLowerCase(Locale.ROOT);
        if (tag.equals("en") || tag.startsWith("en-")) {
            return Optional.of(ENGLISH);
        }
        if (tag.equals("zh") || tag.equals("zh-cn") || tag.equals("zh-hans")) {
            return Optional.of(CHINESE);
        }
        return Optional.empty();
    }
}
