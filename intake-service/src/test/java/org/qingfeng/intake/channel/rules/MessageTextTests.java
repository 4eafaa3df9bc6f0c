package org.qingfeng.intake.channel.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageTextTests {

    @Test
    void plainTextIsAllDescription() {
        MessageText text = MessageText.parse("  村里低保名单有问题，请核查。 ");

        assertThat(text.regionCode()).isNull();
        assertThat(text.unitCode()).isNull();
        assertThat(text.immediate()).isFalse();
        assertThat(text.description()).isEqualTo("村里低保名单有问题，请核查。");
    }

    @Test
    void markersAtTheStartPlaceTheMessageInAnyOrderAndFullWidth() {
        MessageText text = MessageText.parse("＠330281-d03 ！ ＃330281-101-001：村集体资金使用未公示");

        assertThat(text.regionCode()).isEqualTo("330281-101-001");
        assertThat(text.unitCode()).isEqualTo("330281-D03");
        assertThat(text.immediate()).isTrue();
        assertThat(text.description()).isEqualTo("村集体资金使用未公示");
    }

    @Test
    void jiStandingAloneMarksItImmediateButJiXuDoesNot() {
        assertThat(MessageText.parse("急 #330281-101 堤坝工程偷工减料").immediate()).isTrue();
        assertThat(MessageText.parse("急！堤坝工程偷工减料").description()).isEqualTo("堤坝工程偷工减料");
        MessageText notUrgent = MessageText.parse("急需核查堤坝工程的验收材料");
        assertThat(notUrgent.immediate()).isFalse();
        assertThat(notUrgent.description()).isEqualTo("急需核查堤坝工程的验收材料");
    }

    @Test
    void aMarkerInsideTheTextIsLeftInTheDescription() {
        MessageText text = MessageText.parse("镇政府门口 #3 号公告栏未公示");

        assertThat(text.regionCode()).isNull();
        assertThat(text.description()).isEqualTo("镇政府门口 #3 号公告栏未公示");
    }

    @Test
    void nothingAtAllIsAnEmptyDescription() {
        assertThat(MessageText.parse(null).description()).isEmpty();
        assertThat(MessageText.parse("#330281-101").description()).isEmpty();
    }

    @Test
    void theDescriptionNeverShowsInToString() {
        assertThat(MessageText.parse("#330281-101 秘密内容").toString()).doesNotContain("秘密内容");
    }

    @Test
    void senderNumbersAreReadAsTheRosterWritesPhones() {
        assertThat(PhoneNumbers.normalised("+86 139 8765 4321")).contains("13987654321");
        assertThat(PhoneNumbers.normalised("8613987654321")).contains("13987654321");
        assertThat(PhoneNumbers.normalised("0086-139-8765-4321")).contains("13987654321");
        assertThat(PhoneNumbers.normalised("13987654321")).contains("13987654321");
        assertThat(PhoneNumbers.normalised("+44 20 7946 0000")).contains("442079460000");
        assertThat(PhoneNumbers.normalised("not a number")).isEmpty();
        assertThat(PhoneNumbers.normalised(null)).isEmpty();
    }
}
