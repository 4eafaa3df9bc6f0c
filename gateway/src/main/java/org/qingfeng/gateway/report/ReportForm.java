package org.qingfeng.gateway.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qingfeng.gateway.console.FormValues;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.util.MultiValueMap;

/**
 * The public report form as posted: its text fields and the files chosen. A file box left empty
 * still arrives as a part without a name; it is not an attachment.
 */
record ReportForm(FormValues values, List<FilePart> files) {

    static final String FILES = "files";

    static ReportForm of(MultiValueMap<String, Part> parts) {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        parts.forEach((name, values) -> texts.put(
                name,
                values.stream()
                        .filter(FormFieldPart.class::isInstance)
                        .map(part -> ((FormFieldPart) part).value())
                        .toList()));
        List<FilePart> files = parts.getOrDefault(FILES, List.of()).stream()
                .filter(FilePart.class::isInstance)
                .map(FilePart.class::cast)
                .filter(file -> !file.filename().isBlank())
                .toList();
        return new ReportForm(FormValues.of(texts), files);
    }

    /** What a refused form shows again, so a phone without script does not lose the description. */
    Map<String, String> refill() {
        Map<String, String> shown = new LinkedHashMap<>();
        for (String field : ReportDraft.FIELDS) {
            String text = values.text(field);
            if (text != null) {
                shown.put(field, text);
            }
        }
        return shown;
    }
}
