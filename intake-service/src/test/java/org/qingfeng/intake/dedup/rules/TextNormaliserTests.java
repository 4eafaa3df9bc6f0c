package org.qingfeng.intake.dedup.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTests {

    @Test
    void foldsFullWidthFormsToHalfWidthAndLowerCasesLatin() {
        assertThat(TextNormaliser.normalise("ＣＴ室收费３０００元")).isEqualTo("ct室收费3000元");
        assertThat(TextNormaliser.normalise("CT室收费3000元")).isEqualTo("ct室收费3000元");
    }

    @Test
    void dropsChineseAndAsciiPunctuationAndWhitespaceButKeepsDigits() {
        assertThat(TextNormaliser.normalise("村医（张某）：“收了红包！”《通知》【急】…—、；？ 2026年\n10月,ok."))
                .isEqualTo("村医张某收了红包通知急2026年10月ok");
    }

    @Test
    void variantsOfOneTextNormaliseAlike() {
        String plain = TextNormaliser.normalise("镇卫生院药房夜班人员私自把药品卖给药贩子");
        assertThat(TextNormaliser.normalise("镇卫生院药房，夜班人员 私自把药品卖给药贩子。。。")).isEqualTo(plain);
        assertThat(TextNormaliser.normalise("镇卫生院药房,夜班人员私自把药品卖给药贩子!!")).isEqualTo(plain);
    }
}
