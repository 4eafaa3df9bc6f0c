package org.qingfeng.intake.attachment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qingfeng.intake.AttachmentFixtures.CANARY;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.qingfeng.intake.AttachmentFixtures;

class MetadataStripperTests {

    @Test
    void aJpegLosesItsExifXmpIptcCommentsAndTrailerButNotOnePixel() throws IOException {
        byte[] original = AttachmentFixtures.jpegWithExif();
        assertThat(text(original)).contains(CANARY);

        byte[] stripped = MetadataStripper.strip(FileKind.JPEG, original);

        assertThat(text(stripped)).doesNotContain("CANARY", "Exif", "xmpmeta", "Photoshop", "SEFT");
        assertThat(pixels(decode(stripped))).isEqualTo(pixels(decode(AttachmentFixtures.plainJpeg())));
        assertThat(stripped).isEqualTo(AttachmentFixtures.plainJpeg());
    }

    @Test
    void aJpegKeepsItsColourProfileAndDropsOtherApp2Segments() {
        byte[] plain = AttachmentFixtures.plainJpeg();
        byte[] icc = segment(0xE2, "ICC_PROFILE\0\1\1profile-bytes");
        byte[] mpf = segment(0xE2, "MPF\0" + CANARY);
        byte[] withBoth = AttachmentFixtures.concat(
                Arrays.copyOf(plain, 2), icc, mpf, Arrays.copyOfRange(plain, 2, plain.length));

        byte[] stripped = MetadataStripper.strip(FileKind.JPEG, withBoth);

        assertThat(stripped)
                .isEqualTo(AttachmentFixtures.concat(
                        Arrays.copyOf(plain, 2), icc, Arrays.copyOfRange(plain, 2, plain.length)));
    }

    @Test
    void aPngLosesItsTextAndExifChunksAndKeepsEveryOtherChunkByteForByte() throws IOException {
        byte[] original = AttachmentFixtures.pngWithText();

        byte[] stripped = MetadataStripper.strip(FileKind.PNG, original);

        assertThat(text(stripped)).doesNotContain("CANARY", "tEXt", "iTXt", "eXIf");
        assertThat(pixels(decode(stripped))).isEqualTo(pixels(AttachmentFixtures.anyPicture()));
        assertThat(text(stripped)).contains("IHDR", "IDAT", "IEND");
    }

    @Test
    void aWebpLosesItsExifAndXmpChunksAndNoLongerAnnouncesThem() {
        byte[] stripped = MetadataStripper.strip(FileKind.WEBP, AttachmentFixtures.webpWithExif());

        assertThat(text(stripped)).doesNotContain("CANARY", "EXIF", "XMP ").contains("VP8X", "VP8L", "pixels-stand-in");
        assertThat(Bytes.u32le(stripped, 4)).isEqualTo(stripped.length - 8L);
        assertThat(stripped[20] & 0x0C).isZero();
        assertThat(ContentSniffer.sniff(stripped).kind()).isEqualTo(FileKind.WEBP);
    }

    @Test
    void documentsAndAudioAreKeptAsTheyAre() {
        byte[] pdf = AttachmentFixtures.pdf();

        assertThat(MetadataStripper.strip(FileKind.PDF, pdf)).isSameAs(pdf);
    }

    @Test
    void anImageThatDoesNotFollowItsFormatIsMalformed() {
        byte[] jpeg = AttachmentFixtures.plainJpeg();
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length / 2);
        byte[] lying = AttachmentFixtures.concat(Arrays.copyOf(jpeg, 4), new byte[] {(byte) 0xFF, (byte) 0xFF});

        assertThatThrownBy(() -> MetadataStripper.strip(FileKind.JPEG, cut))
                .isInstanceOf(MetadataStripper.Malformed.class);
        assertThatThrownBy(() -> MetadataStripper.strip(FileKind.JPEG, lying))
                .isInstanceOf(MetadataStripper.Malformed.class);
        assertThatThrownBy(
                        () -> MetadataStripper.strip(FileKind.PNG, Arrays.copyOf(AttachmentFixtures.pngWithText(), 40)))
                .isInstanceOf(MetadataStripper.Malformed.class);
    }

    private static byte[] segment(int marker, String payload) {
        byte[] data = payload.getBytes(StandardCharsets.ISO_8859_1);
        return AttachmentFixtures.concat(
                new byte[] {(byte) 0xFF, (byte) marker, (byte) ((data.length + 2) >> 8), (byte) (data.length + 2)},
                data);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1) + new String(bytes, StandardCharsets.UTF_8);
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image).as("decodes").isNotNull();
        return image;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
