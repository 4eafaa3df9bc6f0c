package org.qingfeng.intake.attachment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.qingfeng.intake.AttachmentFixtures;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

class AttachmentRulesTests {

    private static final long MB = 1024 * 1024;
    private static final Set<String> EVERY_TYPE =
            Stream.of(FileKind.values()).map(FileKind::mediaType).collect(java.util.stream.Collectors.toSet());

    private final AttachmentRules rules = new AttachmentRules(new AttachmentLimits(4, 1 * MB, 2 * MB, EVERY_TYPE));

    @Test
    void acceptsFilesByTheirContentStrippedAndDigested() {
        List<AcceptedFile> accepted = rules.check(List.of(
                offered("../../照片/现场.jpg", "image/jpeg", AttachmentFixtures.jpegWithExif()),
                offered("材料.pdf", "application/octet-stream", AttachmentFixtures.pdf())));

        assertThat(accepted).extracting(AcceptedFile::kind).containsExactly(FileKind.JPEG, FileKind.PDF);
        assertThat(accepted.get(0).fileName()).isEqualTo("现场.jpg");
        assertThat(accepted.get(0).content()).isEqualTo(AttachmentFixtures.plainJpeg());
        assertThat(accepted.get(0).sha256()).isEqualTo(AttachmentRules.sha256(AttachmentFixtures.plainJpeg()));
        assertThat(accepted.get(0).sha256()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void namesEveryRefusedFileByItsPositionAndAcceptsNone() {
        assertThat(violations(List.of(
                        offered("ok.pdf", null, AttachmentFixtures.pdf()),
                        offered("photo.jpg", "image/jpeg", AttachmentFixtures.windowsExecutable()),
                        offered("page.jpg", "image/jpeg", AttachmentFixtures.ascii("<html><script>x</script>")))))
                .containsExactly(
                        new Violation("attachments[1]", AttachmentRules.PROGRAM),
                        new Violation("attachments[2]", AttachmentRules.MARKUP));
    }

    @Test
    void refusesNamesAndClaimedTypesThatWouldRunOrRenderWhateverTheContent() {
        byte[] pdf = AttachmentFixtures.pdf();

        assertThat(violations(List.of(
                        offered("invoice.pdf.exe", "application/pdf", pdf),
                        offered("invoice.pdf", "text/html; charset=utf-8", pdf),
                        offered("invoice.svg", null, pdf),
                        offered("\u202Efdp.exe", null, pdf))))
                .containsExactly(
                        new Violation("attachments[0]", AttachmentRules.NOT_ACCEPTED),
                        new Violation("attachments[1]", AttachmentRules.NOT_ACCEPTED),
                        new Violation("attachments[2]", AttachmentRules.NOT_ACCEPTED),
                        new Violation("attachments[3]", AttachmentRules.NAME));
    }

    @Test
    void refusesTypesNotConfiguredImagesItCannotStripAndDamagedImages() {
        AttachmentRules imagesOnly = new AttachmentRules(
                new AttachmentLimits(5, MB, 2 * MB, Set.of("image/jpeg", "image/png", "image/heic")));
        byte[] heic = AttachmentFixtures.concat(
                new byte[] {0, 0, 0, 0x18}, AttachmentFixtures.ascii("ftypheic\0\0\0\0mif1heic"));
        byte[] jpeg = AttachmentFixtures.plainJpeg();

        assertThatThrownBy(() -> imagesOnly.check(List.of(
                        offered("a.pdf", null, AttachmentFixtures.pdf()),
                        offered("b.heic", null, heic),
                        offered("c.jpg", null, Arrays.copyOf(jpeg, jpeg.length / 2)))))
                .isInstanceOfSatisfying(RulesViolated.class, e -> assertThat(e.violations())
                        .containsExactly(
                                new Violation("attachments[0]", AttachmentRules.NOT_ACCEPTED),
                                new Violation("attachments[1]", AttachmentRules.CONVERT),
                                new Violation("attachments[2]", AttachmentRules.DAMAGED)));
    }

    @Test
    void limitsTheNumberOfFiles() {
        List<OfferedFile> five = Collections.nCopies(5, offered("a.pdf", null, AttachmentFixtures.pdf()));

        assertThat(violations(five)).containsExactly(new Violation("attachments", "附件不能超过 4 个 / at most 4 files"));
        assertThat(rules.check(five.subList(0, 4))).hasSize(4);
    }

    @Test
    void limitsEachFileAndAllTogether() {
        byte[] justOverOne = pdfOf(MB + 1);
        byte[] one = pdfOf(MB);

        assertThat(violations(List.of(offered("big.pdf", null, justOverOne))))
                .containsExactly(new Violation("attachments[0]", "文件过大，不能超过 1 MB / file too large, at most 1 MB"));
        assertThat(violations(
                        List.of(offered("a.pdf", null, one), offered("b.pdf", null, one), offered("c.pdf", null, one))))
                .containsExactly(new Violation("attachments", "附件合计不能超过 2 MB / all files together at most 2 MB"));
        assertThat(rules.check(List.of(offered("a.pdf", null, one), offered("b.pdf", null, one))))
                .hasSize(2);
        assertThat(violations(List.of(offered("empty.pdf", null, new byte[0]))))
                .containsExactly(new Violation("attachments[0]", AttachmentRules.EMPTY));
    }

    private List<Violation> violations(List<OfferedFile> files) {
        try {
            rules.check(files);
        } catch (RulesViolated e) {
            return e.violations();
        }
        throw new AssertionError("accepted what should be refused");
    }

    private static OfferedFile offered(String name, String type, byte[] content) {
        return new OfferedFile(name, type, content);
    }

    private static byte[] pdfOf(long size) {
        byte[] pdf = new byte[(int) size];
        Arrays.fill(pdf, (byte) ' ');
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, pdf, 0, header.length);
        return pdf;
    }
}
