package org.qingfeng.intake.attachment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void keepsOnlyTheLastSegmentOfAPathNormalised() {
        assertThat(FileNames.reduced("C:\\Users\\王\\Desktop\\现场.jpg")).isEqualTo("现场.jpg");
        assertThat(FileNames.reduced("/tmp/a/../b.pdf ")).isEqualTo("b.pdf");
        assertThat(FileNames.reduced("e\u0301.pdf")).isEqualTo("\u00e9.pdf");
        assertThat(FileNames.reduced("  ")).isEqualTo("attachment");
    }

    @Test
    void seesHiddenCharactersAndActiveExtensions() {
        assertThat(FileNames.disguised("photo\u202Egpj.exe")).isTrue();
        assertThat(FileNames.disguised("line\nbreak.pdf")).isTrue();
        assertThat(FileNames.disguised("照片.jpg")).isFalse();
        assertThat(FileNames.active("a.HTML")).isTrue();
        assertThat(FileNames.active("a.pdf")).isFalse();
        assertThat(FileNames.active("noextension")).isFalse();
    }

    @Test
    void servesANameWithTheExtensionOfWhatTheFileIs() {
        assertThat(FileNames.served("现场.JPG", FileKind.JPEG)).isEqualTo("现场.JPG");
        assertThat(FileNames.served("photo.jpg", FileKind.PNG)).isEqualTo("photo.jpg.png");
        assertThat(FileNames.served("报告", FileKind.DOCX)).isEqualTo("报告.docx");
        assertThat(FileNames.served("报告.wps", FileKind.DOC)).isEqualTo("报告.wps");
    }

    @Test
    void encodesAnyNameIntoTheContentDisposition() {
        assertThat(FileNames.contentDisposition("现场 1.jpg"))
                .isEqualTo("attachment; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%201.jpg");
        assertThat(FileNames.contentDisposition("a\";\r\nX-Evil: 1.pdf"))
                .isEqualTo("attachment; filename*=UTF-8''a%22%3B%0D%0AX-Evil%3A%201.pdf");
    }
}
