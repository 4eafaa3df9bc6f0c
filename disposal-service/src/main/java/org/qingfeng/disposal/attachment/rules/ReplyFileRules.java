package org.qingfeng.disposal.attachment.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a reply may carry: at most {@code maxFiles} files of at most {@code maxFileBytes} each, of an
 * accepted kind ({@link FileTypes}), named, not empty. Each refusal names the form field, {@code files}
 * for the count and {@code files[i]} for one file, Chinese first.
 */
public record ReplyFileRules(int maxFiles, long maxFileBytes) {

    /** A file as the department offered it. */
    public record Offered(String fileName, long size, byte[] content) {}

    /** One refused field. */
    public record Refusal(String field, String message) {}

    public List<Refusal> check(List<Offered> files) {
        List<Refusal> refusals = new ArrayList<>();
        if (files.size() > maxFiles) {
            refusals.add(
                    new Refusal("files", "最多上传 " + maxFiles + " 个附件 / At most " + maxFiles + " files may be attached"));
            return refusals;
        }
        for (int i = 0; i < files.size(); i++) {
            String field = "files[" + i + "]";
            check(files.get(i)).ifPresent(message -> refusals.add(new Refusal(field, message)));
        }
        return refusals;
    }

    private Optional<String> check(Offered file) {
        long megabytes = maxFileBytes / (1024 * 1024);
        if (file.fileName().isBlank()) {
            return Optional.of("附件须有文件名 / The file needs a name");
        }
        if (file.size() == 0) {
            return Optional.of("附件为空 / The file is empty");
        }
        if (file.size() > maxFileBytes) {
            return Optional.of("单个附件不得超过 " + megabytes + " MB / A file may be at most " + megabytes + " MB");
        }
        if (FileTypes.contentType(file.fileName()).isEmpty()) {
            return Optional.of(
                    "仅接受 pdf、doc、docx、jpg、png、ofd 文件 / Only pdf, doc, docx, jpg, png and ofd files are accepted");
        }
        if (!FileTypes.contentMatches(file.fileName(), file.content())) {
            return Optional.of("文件内容与扩展名不符 / The file's content does not match its extension");
        }
        return Optional.empty();
    }
}
