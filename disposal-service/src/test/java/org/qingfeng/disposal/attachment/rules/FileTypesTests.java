package org.qingfeng.disposal.attachment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileTypesTests {

    static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
    static final byte[] DOCX = zip("[Content_Types].xml word/document.xml");
    static final byte[] OFD = zip("OFD.xml Doc_0/Document.xml");

    @Test
    void acceptsEachKindWhenNameAndContentAgree() {
        assertThat(FileTypes.contentMatches("报告.PDF", PDF)).isTrue();
        assertThat(FileTypes.contentMatches("照片.png", PNG)).isTrue();
        assertThat(FileTypes.contentMatches("报告.docx", DOCX)).isTrue();
        assertThat(FileTypes.contentMatches("报告.ofd", OFD)).isTrue();
        assertThat(FileTypes.contentMatches("照片.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                .isTrue();
    }

    @Test
    void refusesContentThatBeliesTheExtension() {
        assertThat(FileTypes.contentMatches("报告.pdf", PNG)).isFalse();
        assertThat(FileTypes.contentMatches("报告.docx", OFD)).isFalse();
        assertThat(FileTypes.contentMatches("报告.ofd", DOCX)).isFalse();
        assertThat(FileTypes.contentMatches("报告.doc", PDF)).isFalse();
    }

    @Test
    void knowsOnlyTheAcceptedExtensions() {
        assertThat(FileTypes.contentType("a.ofd")).hasValue("application/ofd");
        assertThat(FileTypes.contentType("a.exe")).isEmpty();
        assertThat(FileTypes.contentType("pdf")).isEmpty();
        assertThat(FileTypes.contentMatches("a.html", "<html>".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
    }

    private static byte[] zip(String names) {
        byte[] body = names.getBytes(StandardCharsets.US_ASCII);
        byte[] zip = new byte[4 + body.length];
        zip[0] = 'P';
        zip[1] = 'K';
        zip[2] = 3;
        zip[3] = 4;
        System.arraycopy(body, 0, zip, 4, body.length);
        return zip;
    }
}
