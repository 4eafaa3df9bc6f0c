package org.qingfeng.gateway.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageChoiceTests {

    @Test
    void prefersTheRequestedLanguageOverTheRememberedOne() {
        assertThat(LanguageChoice.choose("en", "zh-CN")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void fallsBackToTheRememberedLanguageWhenTheRequestIsUnsupported() {
        assertThat(LanguageChoice.choose("de", "en")).isEqualTo(Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "fr", "zh-TW", "english"})
    void fallsBackToChineseForAnythingElse(String value) {
        assertThat(LanguageChoice.choose(value, null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "EN", "en-GB", "en-US"})
    void understandsEnglishTags(String value) {
        assertThat(LanguageChoice.supported(value)).contains(Locale.ENGLISH);
    }
}
