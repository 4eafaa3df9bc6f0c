package org.qingfeng.intake.followup.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

class FollowUpTextsTests {

    @Test
    void normalisesToNfcAndStrips() {
        assertThat(FollowUpTexts.required("text", "  Cafe\u0301 已公示\n  ")).isEqualTo("Café 已公示");
    }

    @Test
    void acceptsTwoToTwoThousandCharactersCountingCodePoints() {
        assertThat(FollowUpTexts.required("text", "是的")).isEqualTo("是的");
        String longest = "𠀀".repeat(FollowUpTexts.MAX);
        assertThat(FollowUpTexts.required("text", longest)).isEqualTo(longest);
    }

    @Test
    void refusesAMissingOrBlankTextNamingTheField() {
        assertThat(violation(() -> FollowUpTexts.required("text", null)))
                .isEqualTo(new Violation("text", "必填 / required"));
        assertThat(violation(() -> FollowUpTexts.required("text", " \n ")))
                .isEqualTo(new Violation("text", "必填 / required"));
    }

    @Test
    void refusesOneCharacterAndMoreThanTwoThousand() {
        assertThat(violation(() -> FollowUpTexts.required("text", "是")).message())
                .startsWith("至少 2 个字");
        assertThat(violation(() -> FollowUpTexts.required("text", "字".repeat(FollowUpTexts.MAX + 1)))
                        .message())
                .startsWith("不能超过 2000 个字");
    }

    @Test
    void allowsLineBreaksButRefusesHiddenCharacters() {
        assertThat(FollowUpTexts.required("text", "第一行\n第二行\t完")).isEqualTo("第一行\n第二行\t完");
        assertThat(violation(() -> FollowUpTexts.required("text", "已整改\u202E改整未"))
                        .field())
                .isEqualTo("text");
        assertThat(violation(() -> FollowUpTexts.optional("comment", "好\u0007的"))
                        .field())
                .isEqualTo("comment");
    }

    @Test
    void anOptionalCommentMayBeAbsentButNotTooLong() {
        assertThat(FollowUpTexts.optional("comment", null)).isEmpty();
        assertThat(FollowUpTexts.optional("comment", "  ")).isEmpty();
        assertThat(FollowUpTexts.optional("comment", "好")).isEqualTo("好");
        assertThat(violation(() -> FollowUpTexts.optional("comment", "字".repeat(FollowUpTexts.MAX + 1)))
                        .field())
                .isEqualTo("comment");
    }

    private static Violation violation(Runnable rule) {
        try {
            rule.run();
        } catch (RulesViolated refused) {
            assertThat(refused.violations()).hasSize(1);
            return refused.violations().get(0);
        }
        throw new AssertionError("the text was not refused");
    }
}
