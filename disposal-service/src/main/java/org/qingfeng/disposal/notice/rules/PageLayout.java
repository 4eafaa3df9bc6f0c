package org.qingfeng.disposal.notice.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays an {@link OfficialDocument} out on A4 pages in millimetres, the GB/T 9704 way, for a format
 * that places every line itself (OFD): margins 37/35/28/26 mm, the red header scaled to fit one
 * line, the number and the red rule under it, the title at 22 pt, the body at 16 pt with a
 * two-character indent and 22 lines a page, signature and date right-aligned, and "— n —" at the
 * foot. Characters are counted full width for CJK and half width for the rest, as the fonts draw them.
 */
public final class PageLayout {

    public static final double WIDTH = 210;
    public static final double HEIGHT = 297;
    public static final double TOP = 37;
    public static final double BOTTOM = 35;
    public static final double LEFT = 28;
    public static final double RIGHT = 26;
    public static final double POINT = 25.4 / 72;

    private static final double TEXT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final double BODY = 16 * POINT;
    private static final double LINE = (HEIGHT - TOP - BOTTOM) / 22;
    private static final double CELL = 10.5 * POINT;

    /** A run of text: its box (top-left corner, size) and the size of its characters, all in mm. */
    public record Text(double x, double y, double width, double height, double size, boolean red, String text) {}

    /** A straight line from (x1, y) to (x2, y). */
    public record Rule(double x1, double x2, double y, double thickness, boolean red) {}

    public record Page(int number, List<Text> texts, List<Rule> rules) {}

    private final List<Page> pages = new ArrayList<>();
    private List<Text> texts = new ArrayList<>();
    private List<Rule> rules = new ArrayList<>();
    private double y = TOP;

    private PageLayout() {}

    public static List<Page> of(OfficialDocument document) {
        PageLayout layout = new PageLayout();
        layout.lay(document);
        return layout.pages;
    }

    private void lay(OfficialDocument d) {
        double header = Math.min(32 * POINT, TEXT_WIDTH / Math.max(1, width(d.organisation(), 1)));
        centred(d.organisation(), header, true, header * 1.6);
        if (d.documentNumber() != null) {
            y += LINE * 0.5;
            centred(d.documentNumber(), BODY, false, LINE);
        }
        rules.add(new Rule(LEFT, WIDTH - RIGHT, y + 2, 0.6, true));
        y += LINE;
        for (String line : wrap(d.title(), 22 * POINT, TEXT_WIDTH)) {
            centred(line, 22 * POINT, false, 22 * POINT * 1.6);
        }
        y += LINE * 0.5;
        if (d.recipient() != null) {
            line(LEFT, d.recipient(), BODY, LINE);
        }
        d.paragraphs().forEach(this::paragraph);
        if (d.table() != null) {
            table(d.table());
        }
        d.closing().forEach(this::paragraph);
        y += LINE;
        right(d.signature());
        right(d.date());
        if (d.copyTo() != null) {
            y += LINE;
            line(LEFT, d.copyTo(), 14 * POINT, LINE);
        }
        finishPage();
    }

    private void paragraph(String text) {
        List<String> lines = wrap("\u3000\u3000" + text, BODY, TEXT_WIDTH);
        lines.forEach(l -> line(LEFT, l, BODY, LINE));
    }

    private void right(String text) {
        double w = width(text, BODY);
        line(WIDTH - RIGHT - 4 * BODY - w, text, BODY, LINE);
    }

    private void centred(String text, double size, boolean red, double advance) {
        room(advance);
        double w = Math.min(TEXT_WIDTH, width(text, size));
        texts.add(new Text(LEFT + (TEXT_WIDTH - w) / 2, y, w, size * 1.3, size, red, text));
        y += advance;
    }

    private void line(double x, String text, double size, double advance) {
        room(advance);
        texts.add(new Text(x, y, Math.max(size, width(text, size)), size * 1.3, size, false, text));
        y += advance;
    }

    private void table(OfficialDocument.Table table) {
        int total = table.widths().stream().mapToInt(Integer::intValue).sum();
        double[] widths =
                table.widths().stream().mapToDouble(w -> TEXT_WIDTH * w / total).toArray();
        y += LINE * 0.3;
        row(table.columns(), widths);
        table.rows().forEach(r -> row(r, widths));
        y += LINE * 0.3;
    }

    private void row(List<String> cells, double[] widths) {
        List<List<String>> wrapped = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            wrapped.add(wrap(cells.get(i), CELL, widths[i] - 2));
        }
        int lines = wrapped.stream().mapToInt(List::size).max().orElse(1);
        double height = lines * CELL * 1.4 + 2;
        room(height);
        rules.add(new Rule(LEFT, WIDTH - RIGHT, y, 0.2, false));
        double x = LEFT;
        for (int i = 0; i < wrapped.size(); i++) {
            for (int l = 0; l < wrapped.get(i).size(); l++) {
                String text = wrapped.get(i).get(l);
                texts.add(new Text(x + 1, y + 1 + l * CELL * 1.4, widths[i] - 2, CELL * 1.3, CELL, false, text));
            }
            x += widths[i];
        }
        y += height;
        rules.add(new Rule(LEFT, WIDTH - RIGHT, y, 0.2, false));
    }

    private void room(double advance) {
        if (y + advance > HEIGHT - BOTTOM + 0.01) {
            finishPage();
        }
    }

    private void finishPage() {
        String folio = "— " + (pages.size() + 1) + " —";
        double size = 14 * POINT;
        double w = width(folio, size);
        texts.add(new Text((WIDTH - w) / 2, HEIGHT - BOTTOM + 7, w, size * 1.3, size, false, folio));
        pages.add(new Page(pages.size() + 1, List.copyOf(texts), List.copyOf(rules)));
        texts = new ArrayList<>();
        rules = new ArrayList<>();
        y = TOP;
    }

    /** Lines of {@code text} no wider than {@code max} at {@code size}. */
    static List<String> wrap(String text, double size, double max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double used = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            double w = advance(c) * size;
            // A closing mark that would start the next line hangs at the end of this one instead.
            if (used + w > max + 0.01 && line.length() > 0 && LineBreaks.mayStartLine(c)) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.appendCodePoint(c);
            used += w;
            i += Character.charCount(c);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static double width(String text, double size) {
        return text.codePoints().mapToDouble(PageLayout::advance).sum() * size;
    }

    private static double advance(int codePoint) {
        return codePoint < 0x2E80 && codePoint != '—' ? 0.5 : 1;
    }
}
