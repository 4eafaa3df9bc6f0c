package org.qingfeng.intake.dedup.rules;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The text two reports are compared on. NFKC folds full-width letters, digits and punctuation to
 * their half-width forms (ＡＢＣ１２３ → abc123); Latin is lower-cased; everything that is not a
 * letter or a digit goes: spaces, line breaks, ASCII and Chinese punctuation (。，、；：？！“”‘’（）《》【】…—),
 * symbols and emoji. Digits stay, because amounts and dates tell incidents apart.
 */
public final class TextNormaliser {

    private TextNormaliser() {}

    public static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
