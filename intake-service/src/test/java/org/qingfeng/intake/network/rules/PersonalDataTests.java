package org.qingfeng.intake.network.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTests {

    @ParameterizedTest
    @CsvSource({
        "联系电话13912345678,手机号码",
        "联系电话 139-1234-5678,手机号码",
        "电话＋８６ １３９１２３４５６７８,手机号码",
        "值班电话0574-87654321,带区号的固定电话",
        "值班电话(0574)87654321,带区号的固定电话",
        "身份证11010519491231002X,身份证号码",
        "老证号110105491231002,身份证号码",
        "来信请寄 someone@example.org,电子邮箱",
        "联系人：张三丰,人名",
        "负责人:李四,人名",
        "举报人：王五,人名"
    })
    void findsWhatLooksLikePersonalDataAndNamesIt(String text, String kind) {
        assertThat(PersonalData.find(text, KnownNames.NONE))
                .map(PersonalData.Kind::zh)
                .contains(kind);
    }

    @ParameterizedTest
    @CsvSource({"负责全县城乡建设、住房保障和建筑市场监管。", "主要负责人", "编码 330281-101-001，2026-10-01 起在用", "预警信息员培训每年一次", "县人民医院"})
    void leavesOrdinaryTextAlone(String text) {
        assertThat(PersonalData.find(text, KnownNames.NONE)).isEmpty();
    }

    @Test
    void findsAnInformantsNameAnywhereInTheTextWithoutSayingItIsAnInformant() {
        KnownNames names = Set.of("甄金雀")::contains;

        assertThat(PersonalData.find("本村由甄金雀同志联系", names)).contains(PersonalData.NAME);
        assertThat(PersonalData.find("本村由专人联系", names)).isEmpty();
        assertThat(PersonalData.message(PersonalData.NAME)).doesNotContain("信息员");
    }

    @Test
    void theMessageIsChineseFirstNamingWhatItLookedLike() {
        assertThat(PersonalData.message(PersonalData.MOBILE))
                .isEqualTo("疑似包含个人信息（手机号码），公开字段不得包含个人信息 / looks like personal data (a mobile number):"
                        + " published fields must not carry it");
    }
}
