package org.qingfeng.intake.channel.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingfeng.intake.channel.mail.MailFixtures.GB18030;
import static org.qingfeng.intake.channel.mail.MailFixtures.GBK;
import static org.qingfeng.intake.channel.mail.MailFixtures.message;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.qingfeng.intake.attachment.AttachmentUpload;

class MimeReaderTests {

    private static final String FROM = "\"" + "张三" + "\" <zhang.san@example.cn>";

    @Test
    void aGbkBodyAndAGbkEncodedSubjectAreReadAsChinese() throws Exception {
        byte[] raw = MailFixtures.anyPlainMail(FROM, "<m1@example.cn>", "反映村务问题", "村集体资金使用未按规定公示，请核查。", GBK);

        ParsedMail mail = MimeReader.read(message(raw));

        assertThat(mail.from()).isEqualTo("zhang.san@example.cn");
        assertThat(mail.messageId()).isEqualTo("<m1@example.cn>");
        assertThat(mail.subject()).isEqualTo("反映村务问题");
        assertThat(mail.body()).isEqualTo("村集体资金使用未按规定公示，请核查。");
        assertThat(mail.text()).isEqualTo("反映村务问题\n村集体资金使用未按规定公示，请核查。");
    }

    @Test
    void aGb18030BodyKeepsCharactersOutsideGbk() throws Exception {
        String body = "吉祥的𠮷字与䶮字都在 GB18030 中，工程款被截留。";
        byte[] raw = MailFixtures.anyPlainMail(FROM, "<m2@example.cn>", "𠮷 工程款", body, GB18030);

        ParsedMail mail = MimeReader.read(message(raw));

        assertThat(mail.body()).isEqualTo(body);
        assertThat(mail.subject()).isEqualTo("𠮷 工程款");
    }

    @Test
    void textLabelledGb2312IsReadAsItsSupersetSoGbkOnlyCharactersSurvive() throws Exception {
        String gbkOnly = "朱镕基时期的堃字与镕字不在 GB2312 中";
        byte[] raw = new String(
                        MailFixtures.anyPlainMail(FROM, "<m3@example.cn>", gbkOnly, gbkOnly, GBK),
                        StandardCharsets.US_ASCII)
                .replace("=?GBK?", "=?gb2312?")
                .replace("charset=GBK", "charset=gb2312")
                .getBytes(StandardCharsets.US_ASCII);

        ParsedMail mail = MimeReader.read(message(raw));

        assertThat(mail.subject()).isEqualTo(gbkOnly);
        assertThat(mail.body()).isEqualTo(gbkOnly);
    }

    @Test
    void anUnlabelledBodyIsUtf8WhenItDecodesAsSuchElseGb18030() throws Exception {
        String body = "未标明字符集的邮件正文";

        assertThat(MimeReader.read(message(MailFixtures.anyUnlabelledMail(FROM, body, StandardCharsets.UTF_8)))
                        .body())
                .isEqualTo(body);
        assertThat(MimeReader.read(message(MailFixtures.anyUnlabelledMail(FROM, body, GBK)))
                        .body())
                .isEqualTo(body);
    }

    @Test
    void thePlainPartOfAnAlternativeIsTheBodyAndFilesKeepTheirEncodedNames() throws Exception {
        byte[] raw = MailFixtures.anyMailWithFiles(FROM, "正文纯文本版本", "工程验收单.pdf", "现场 照片.png");

        ParsedMail mail = MimeReader.read(message(raw));

        assertThat(mail.subject()).isEqualTo("附件举报");
        assertThat(mail.body()).isEqualTo("正文纯文本版本");
        assertThat(mail.attachments()).extracting(AttachmentUpload::fileName).containsExactly("工程验收单.pdf", "现场 照片.png");
        assertThat(mail.attachments())
                .extracting(AttachmentUpload::declaredType)
                .containsExactly("application/pdf", "image/png");
        assertThat(new String(mail.attachments().get(0).content(), StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-1.4 test");
    }

    @Test
    void anHtmlOnlyMessageIsReadWithoutItsTagsScriptsOrEntities() throws Exception {
        byte[] raw = MailFixtures.anyHtmlMail(
                FROM,
                "<html><head><style>p{color:red}</style><script>alert(1)</script></head>"
                        + "<body><p>第一段&nbsp;内容</p><div>A &lt; B &amp; &#20013;</div></body></html>");

        ParsedMail mail = MimeReader.read(message(raw));

        assertThat(mail.body()).isEqualTo("第一段 内容\nA < B & 中");
        assertThat(mail.attachments()).isEmpty();
    }

    @Test
    void aMessageWithoutASenderCannotBeRead() {
        byte[] raw = "Subject: x\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII);

        assertThat(MimeReader.sender(message(raw))).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MimeReader.read(message(raw)))
                .isInstanceOf(jakarta.mail.MessagingException.class);
    }
}
