package org.qingfeng.disposal.notice.rules;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An official document (公文) as GB/T 9704 lays it out, independent of the file format: the red
 * header (发文机关标志), the number (发文字号), title, recipient (主送机关), body, signature (发文机关署名),
 * date (成文日期) and the copy line (抄送). A notice and the monthly bulletin are both this.
 *
 * @param documentNumber like {@code 〔2026〕7号}; null for a bulletin, which has none
 * @param recipient the addressee with its colon, like {@code 县卫生健康局：}; null when none
 * @param table a table after the body paragraphs, null when none
 */
public record OfficialDocument(
        String organisation,
        @Nullable String documentNumber,
        String title,
        @Nullable String recipient,
        List<String> paragraphs,
        @Nullable Table table,
        List<String> closing,
        String signature,
        String date,
        @Nullable String copyTo) {

    /** @param widths relative widths of the columns */
    public record Table(List<String> columns, List<List<String>> rows, List<Integer> widths) {}

    /** Every piece of text the document prints, in reading order: what the sanitisation guard reads. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        texts.add(organisation);
        if (documentNumber != null) {
            texts.add(documentNumber);
        }
        texts.add(title);
        if (recipient != null) {
            texts.add(recipient);
        }
        texts.addAll(paragraphs);
        if (table != null) {
            texts.addAll(table.columns());
            table.rows().forEach(texts::addAll);
        }
        texts.addAll(closing);
        texts.add(signature);
        texts.add(date);
        if (copyTo != null) {
            texts.add(copyTo);
        }
        return texts;
    }

    public String text() {
        return String.join("\n", texts());
    }
}
