package org.qingfeng.intake;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Files as phones and offices send them, built in memory: real images from ImageIO with metadata
 * put in (an Exif segment with a GPS-like payload, text chunks) carrying a canary, and the first
 * bytes of every other kind intake recognises or refuses.
 */
public final class AttachmentFixtures {

    /** What must never survive stripping. */
    public static final String CANARY = "CANARY-GPS-30.2741N-120.1551E-王小明";

    private AttachmentFixtures() {}

    public static BufferedImage anyPicture() {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 32, 24);
        g.setColor(Color.BLUE);
        g.fillOval(4, 4, 16, 16);
        g.dispose();
        return image;
    }

    public static byte[] plainJpeg() {
        return encoded(anyPicture(), "jpg");
    }

    /**
     * A JPEG from ImageIO (SOI, APP0 JFIF, ...) with an Exif APP1 (a TIFF header and a GPS-like
     * ASCII value holding the canary), an XMP APP1, an IPTC APP13 and a comment, each after the JFIF
     * segment, and a maker's trailer after the end of the image.
     */
    public static byte[] jpegWithExif() {
        byte[] jpeg = plainJpeg();
        int afterApp0 = 2 + 2 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterApp0);
        writeSegment(out, 0xE1, concat(ascii("Exif\0\0"), tiffWithGps()));
        writeSegment(out, 0xE1, ascii("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>" + CANARY + "</x:xmpmeta>"));
        writeSegment(out, 0xED, ascii("Photoshop 3.0\0" + CANARY));
        writeSegment(out, 0xFE, ascii(CANARY));
        out.write(jpeg, afterApp0, jpeg.length - afterApp0);
        out.writeBytes(ascii("SEFT" + CANARY));
        return out.toByteArray();
    }

    /** A PNG from ImageIO with text, international text and Exif chunks after its header chunk. */
    public static byte[] pngWithText() {
        byte[] png = encoded(anyPicture(), "png");
        int afterHeader = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(pngChunk("tEXt", ascii("Author\0" + CANARY)));
        out.writeBytes(pngChunk("iTXt", utf8("Comment\0\0\0\0\0" + CANARY)));
        out.writeBytes(pngChunk("eXIf", concat(ascii("MM\0*"), ascii(CANARY))));
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /** A WebP's outline: VP8X announcing Exif and XMP, an image chunk, and both metadata chunks (one of odd length). */
    public static byte[] webpWithExif() {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        chunks.writeBytes(riffChunk("VP8X", new byte[] {0x0C, 0, 0, 0, 31, 0, 0, 23, 0, 0}));
        chunks.writeBytes(riffChunk("VP8L", ascii("pixels-stand-in")));
        chunks.writeBytes(riffChunk("EXIF", ascii("MM\0*" + CANARY + "!")));
        chunks.writeBytes(riffChunk("XMP ", ascii(CANARY)));
        byte[] body = chunks.toByteArray();
        return concat(ascii("RIFF"), le32(4 + body.length), ascii("WEBP"), body);
    }

    public static byte[] pdf() {
        return ascii("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    }

    /** An Office Open XML package with its content types and the part folder ({@code word/}, {@code xl/}, {@code ppt/}). */
    public static byte[] officeOpenXml(String folder, String... extraEntries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(ascii("<?xml version=\"1.0\"?><Types/>"));
            zip.putNextEntry(new ZipEntry(folder + "document.xml"));
            zip.write(ascii("<document/>"));
            for (String entry : extraEntries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(ascii("x"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] zipOf(String... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(ascii("x"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A compound file (the Office 97–2003 container) whose directory names {@code streams} after the root. */
    public static byte[] compoundFile(String... streams) {
        ByteBuffer file =
                ByteBuffer.allocate(512 + 512 * (1 + streams.length / 4)).order(ByteOrder.LITTLE_ENDIAN);
        file.put(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        directoryEntry(file, 512, "Root Entry", 5);
        for (int i = 0; i < streams.length; i++) {
            directoryEntry(file, 512 + 128 * (i + 1), streams[i], 2);
        }
        return file.array();
    }

    public static byte[] windowsExecutable() {
        return concat(ascii("MZ"), new byte[] {(byte) 0x90, 0, 3, 0, 0, 0, 4, 0}, ascii("This program cannot be run"));
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] encoded(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Big-endian TIFF: one IFD entry, GPSInfo-like tag 0x8825 as ASCII pointing at the canary. */
    private static byte[] tiffWithGps() {
        byte[] value = utf8(CANARY + "\0");
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + value.length).order(ByteOrder.BIG_ENDIAN);
        tiff.put(ascii("MM")).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x8825).putShort((short) 2).putInt(value.length).putInt(8 + 2 + 12 + 4);
        tiff.putInt(0);
        tiff.put(value);
        return tiff.array();
    }

    private static void writeSegment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
    }

    private static byte[] pngChunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(ascii(type))
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }

    private static byte[] riffChunk(String type, byte[] data) {
        byte[] padded = data.length % 2 == 0 ? data : concat(data, new byte[1]);
        return concat(ascii(type), le32(data.length), padded);
    }

    private static byte[] le32(int value) {
        return ByteBuffer.allocate(4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(value)
                .array();
    }

    private static void directoryEntry(ByteBuffer file, int at, String name, int type) {
        byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
        file.position(at);
        file.put(utf16);
        file.putShort(at + 64, (short) (utf16.length + 2));
        file.put(at + 66, (byte) type);
    }
}
