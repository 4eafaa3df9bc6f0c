package org.qingfeng.disposal.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.notice.rules.FindingFacts;
import org.qingfeng.disposal.notice.rules.NoticeComposer;
import org.qingfeng.disposal.notice.rules.NoticeParties;
import org.qingfeng.disposal.notice.rules.OfficialDocument;
import org.springframework.http.HttpStatus;
import org.w3c.dom.Element;

/**
 * A notice rendered: the PDF's first page drawn to PNG with PDFBox (left under {@code
 * target/notice-png/}) with red ink in the header, dark ink in the body, nothing in the margins, and
 * its Chinese text extractable; the OFD package's parts parsed with the JDK's XML parser.
 */
class NoticeDocumentsTests {

    private static final int DPI = 96;

    private final NoticeHarness harness = new NoticeHarness();

    private OfficialDocument orangeNotice() {
        CaseView c = CaseFixtures.anyOrangeCase();
        return new NoticeComposer(harness.properties.zoneId(), false)
                .compose(
                        c,
                        c.notices().get(0),
                        new NoticeParties("中共宁海县纪律检查委员会", "县卫生健康局", null, "县纪委监委案件监督管理室"),
                        Optional.of(new FindingFacts("2026-10", FindingPublished.FindingKind.TRENDING, "work-style")));
    }

    @Test
    void rendersTheNoticeWithARedHeaderDarkBodyAndEmptyMargins() throws IOException {
        OfficialDocument notice = orangeNotice();
        byte[] pdf = harness.pdf.write(notice);

        String text = DocumentTexts.ofPdf(pdf);
        assertThat(text).contains("廉政预警通知书", "〔2026〕7号", "中共宁海县纪律检查委员会", "县卫生健康局：", "—1—");
        assertThat(DocumentTexts.linesOfPdf(pdf))
                .as("no line starts with a closing punctuation mark (避头)")
                .noneMatch(line -> !line.isEmpty() && "，。、；：？！）》」』".indexOf(line.charAt(0)) >= 0);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, DPI);
            Path png = Path.of("target", "notice-png", "orange-notice-1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());

            int top = px(37);
            assertThat(ink(page, px(28), top, page.getWidth() - px(26), top + px(16), NoticeDocumentsTests::red))
                    .as("red ink in the header")
                    .isGreaterThan(500);
            assertThat(ink(page, px(28), px(110), page.getWidth() - px(26), px(200), NoticeDocumentsTests::dark))
                    .as("dark ink in the body")
                    .isGreaterThan(2000);
            assertThat(ink(page, 0, 0, page.getWidth(), px(30), NoticeDocumentsTests::anyInk))
                    .as("nothing above the top margin")
                    .isZero();
            assertThat(ink(page, 0, 0, px(25), page.getHeight(), NoticeDocumentsTests::anyInk))
                    .as("nothing in the left margin")
                    .isZero();
            assertThat(ink(
                            page,
                            page.getWidth() - px(23),
                            0,
                            page.getWidth(),
                            page.getHeight(),
                            NoticeDocumentsTests::anyInk))
                    .as("nothing in the right margin")
                    .isZero();
        }
    }

    @Test
    void writesTheOfdPackageWithItsPartsTheRedHeaderTheTitleAndTheFont() throws Exception {
        OfficialDocument notice = orangeNotice();
        byte[] ofd = harness.ofd.write(notice, UUID.randomUUID(), LocalDate.of(2026, 11, 9));

        Map<String, byte[]> parts = DocumentTexts.entries(ofd);
        assertThat(parts)
                .containsKeys("OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml", "Doc_0/Pages/Page_0/Content.xml");
        org.w3c.dom.Document root = DocumentTexts.xml(parts.get("OFD.xml"));
        assertThat(root.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.ofdspec.org/2016");
        assertThat(first(root, "DocID").getTextContent()).matches("[0-9a-f]{32}");
        assertThat(first(root, "Title").getTextContent()).isEqualTo("廉政预警通知书");
        assertThat(first(root, "CreationDate").getTextContent()).isEqualTo("2026-11-09");
        assertThat(first(root, "DocRoot").getTextContent()).isEqualTo("Doc_0/Document.xml");
        org.w3c.dom.Document document = DocumentTexts.xml(parts.get("Doc_0/Document.xml"));
        assertThat(first(document, "PhysicalBox").getTextContent()).isEqualTo("0 0 210.00 297.00");
        assertThat(Integer.parseInt(first(document, "MaxUnitID").getTextContent()))
                .isGreaterThan(10);
        assertThat(first(document, "PublicRes").getTextContent()).isEqualTo("PublicRes.xml");
        org.w3c.dom.Document res = DocumentTexts.xml(parts.get("Doc_0/PublicRes.xml"));
        String fontFile = first(res, "FontFile").getTextContent();
        assertThat(parts).containsKey("Doc_0/Res/" + fontFile);
        byte[] embedded = parts.get("Doc_0/Res/" + fontFile);
        assertThat(embedded).as("the face cut down to the notice's glyphs").hasSizeBetween(1_000, 1_000_000);
        try (org.apache.fontbox.ttf.TrueTypeFont face = new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(embedded))) {
            org.apache.fontbox.ttf.CmapLookup cmap = face.getUnicodeCmapLookup();
            assertThat(cmap.getGlyphId('廉')).as("a character the notice prints").isPositive();
            assertThat(cmap.getGlyphId('龘')).as("a character it does not print").isZero();
        }
        org.w3c.dom.Document content = DocumentTexts.xml(parts.get("Doc_0/Pages/Page_0/Content.xml"));
        Element header = first(content, "TextObject");
        assertThat(header.getTextContent()).isEqualTo("中共宁海县纪律检查委员会");
        assertThat(first(header, "FillColor").getAttribute("Value")).isEqualTo("230 0 18");
        assertThat(header.getAttribute("Font"))
                .isEqualTo(((Element) res.getElementsByTagNameNS(OfficialOfd.NAMESPACE, "Font")
                                .item(0))
                        .getAttribute("ID"));
        assertThat(DocumentTexts.ofOfd(ofd)).contains("廉政预警通知书", "〔2026〕7号", "县卫生健康局：", "二〇二六年十一月九日");
    }

    @Test
    void refusesToWriteWithoutAChineseFont(@TempDir Path empty) {
        NoticeHarness missing = new NoticeHarness(NoticeHarness.properties(empty, "wqy-zenhei.ttc"));

        assertThatThrownBy(() -> missing.pdf.write(orangeNotice())).isInstanceOfSatisfying(NoChineseFont.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(e.getBody().getTitle()).isEqualTo("未配置中文字体 / No Chinese font configured");
        });
        assertThatThrownBy(() -> missing.ofd.write(orangeNotice(), UUID.randomUUID(), LocalDate.of(2026, 11, 9)))
                .isInstanceOf(NoChineseFont.class);
    }

    @Test
    void refusesAFontWithoutChineseGlyphs() {
        NoticeHarness latin = new NoticeHarness(
                NoticeHarness.properties(Path.of("/usr/share/fonts/truetype/dejavu"), "DejaVuSans.ttf"));

        assertThatThrownBy(() -> latin.pdf.write(orangeNotice())).isInstanceOf(NoChineseFont.class);
    }

    private static Element first(org.w3c.dom.Node parent, String name) {
        org.w3c.dom.NodeList found = parent instanceof org.w3c.dom.Document d
                ? d.getElementsByTagNameNS(OfficialOfd.NAMESPACE, name)
                : ((Element) parent).getElementsByTagNameNS(OfficialOfd.NAMESPACE, name);
        assertThat(found.getLength()).as(name).isPositive();
        return (Element) found.item(0);
    }

    private interface Ink {
        boolean test(int rgb);
    }

    static int ink(BufferedImage image, int x0, int y0, int x1, int y1, Ink ink) {
        int count = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                if (ink.test(image.getRGB(x, y))) {
                    count++;
                }
            }
        }
        return count;
    }

    static boolean red(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r > 180 && g < 90 && b < 90;
    }

    static boolean dark(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r < 100 && g < 100 && b < 100;
    }

    static boolean anyInk(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r < 235 || g < 235 || b < 235;
    }

    static int px(double millimetres) {
        return (int) Math.round(millimetres / 25.4 * DPI);
    }
}
