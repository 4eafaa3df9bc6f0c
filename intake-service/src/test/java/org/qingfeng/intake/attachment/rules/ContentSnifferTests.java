package org.qingfeng.intake.attachment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingfeng.intake.AttachmentFixtures.ascii;
import static org.qingfeng.intake.AttachmentFixtures.concat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qingfeng.intake.AttachmentFixtures;
import org.qingfeng.intake.attachment.rules.Sniffed.Refusal;

class ContentSnifferTests {

    static Stream<Arguments> recognised() {
        return Stream.of(
                Arguments.of("JPEG from ImageIO", AttachmentFixtures.plainJpeg(), FileKind.JPEG),
                Arguments.of("PNG", AttachmentFixtures.pngWithText(), FileKind.PNG),
                Arguments.of("GIF89a", ascii("GIF89a\u0001\u0000\u0001\u0000"), FileKind.GIF),
                Arguments.of("GIF87a", ascii("GIF87a\u0001\u0000\u0001\u0000"), FileKind.GIF),
                Arguments.of("WebP", AttachmentFixtures.webpWithExif(), FileKind.WEBP),
                Arguments.of("HEIC", concat(bytes(0, 0, 0, 0x18), ascii("ftypheic\0\0\0\0mif1heic")), FileKind.HEIC),
                Arguments.of("PDF", AttachmentFixtures.pdf(), FileKind.PDF),
                Arguments.of("docx", AttachmentFixtures.officeOpenXml("word/"), FileKind.DOCX),
                Arguments.of("xlsx", AttachmentFixtures.officeOpenXml("xl/"), FileKind.XLSX),
                Arguments.of("pptx", AttachmentFixtures.officeOpenXml("ppt/"), FileKind.PPTX),
                Arguments.of(
                        "doc or wps",
                        AttachmentFixtures.compoundFile("WordDocument", "1Table", "\u0005SummaryInformation"),
                        FileKind.DOC),
                Arguments.of("xls", AttachmentFixtures.compoundFile("Workbook"), FileKind.XLS),
                Arguments.of("ppt", AttachmentFixtures.compoundFile("PowerPoint Document"), FileKind.PPT),
                Arguments.of("MP3 with ID3", ascii("ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000"), FileKind.MP3),
                Arguments.of("MP3 frame", bytes(0xFF, 0xFB, 0x90, 0x64, 0, 0), FileKind.MP3),
                Arguments.of("AAC in ADTS", bytes(0xFF, 0xF1, 0x50, 0x80, 0x02, 0x1F, 0xFC), FileKind.AAC),
                Arguments.of("M4A", concat(bytes(0, 0, 0, 0x20), ascii("ftypM4A \0\0\0\0M4A mp42isom")), FileKind.M4A),
                Arguments.of("AMR", ascii("#!AMR\n<data>"), FileKind.AMR),
                Arguments.of("AMR-WB", ascii("#!AMR-WB\n<data>"), FileKind.AMR),
                Arguments.of("WAV", ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt "), FileKind.WAV),
                Arguments.of("Ogg", ascii("OggS\u0000\u0002"), FileKind.OGG));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recognised")
    void recognisesAFileByItsContent(String what, byte[] content, FileKind kind) {
        assertThat(ContentSniffer.sniff(content)).isEqualTo(new Sniffed(kind, null));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("Windows executable", AttachmentFixtures.windowsExecutable(), Refusal.EXECUTABLE),
                Arguments.of("ELF", concat(bytes(0x7F), ascii("ELF\u0002\u0001")), Refusal.EXECUTABLE),
                Arguments.of("Mach-O", bytes(0xCF, 0xFA, 0xED, 0xFE, 7, 0), Refusal.EXECUTABLE),
                Arguments.of("Java class", bytes(0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 61), Refusal.EXECUTABLE),
                Arguments.of("shell script", ascii("#!/bin/sh\nrm -rf /\n"), Refusal.EXECUTABLE),
                Arguments.of("HTML", ascii("\n  <!DOCTYPE html><script>alert(1)</script>"), Refusal.MARKUP),
                Arguments.of(
                        "SVG with a BOM", concat(bytes(0xEF, 0xBB, 0xBF), ascii("<svg onload=x>")), Refusal.MARKUP),
                Arguments.of(
                        "macro-enabled docm",
                        AttachmentFixtures.officeOpenXml("word/", "word/vbaProject.bin"),
                        Refusal.ACTIVE_CONTENT),
                Arguments.of(
                        "xls with macros",
                        AttachmentFixtures.compoundFile("Workbook", "_VBA_PROJECT_CUR"),
                        Refusal.ACTIVE_CONTENT),
                Arguments.of(
                        "an installer (compound file without a document)",
                        AttachmentFixtures.compoundFile("\u4840\u3F3F\u4177"),
                        Refusal.UNKNOWN),
                Arguments.of("a plain ZIP", AttachmentFixtures.zipOf("a.txt", "word/x"), Refusal.UNKNOWN),
                Arguments.of("an MP4 video", concat(bytes(0, 0, 0, 0x20), ascii("ftypisom\0\0\0\0")), Refusal.UNKNOWN),
                Arguments.of("text", ascii("just some words"), Refusal.UNKNOWN),
                Arguments.of("nothing", new byte[0], Refusal.UNKNOWN),
                Arguments.of("a truncated ZIP", ascii("PK\u0003\u0004"), Refusal.UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWhatItDoesNotRecogniseAndNamesProgramsAndMarkup(String what, byte[] content, Refusal refusal) {
        assertThat(ContentSniffer.sniff(content)).isEqualTo(new Sniffed(null, refusal));
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
