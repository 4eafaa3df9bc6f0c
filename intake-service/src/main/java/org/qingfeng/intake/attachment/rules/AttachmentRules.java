package org.qingfeng.intake.attachment.rules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

/**
 * The checks every file of a submission passes before anything is stored: how many, how large,
 * what its content is (never its name or claimed type), and for images, their metadata removed.
 * Every file is checked and every refusal named ({@code attachments[i]}) before any is accepted.
 */
public final class AttachmentRules {

    static final String FIELD = "attachments";
    static final String NOT_ACCEPTED = "不支持的文件类型 / file type not accepted";
    static final String PROGRAM = "不接收程序或脚本 / programs and scripts are not accepted";
    static final String MARKUP = "不接收网页、SVG 或 XML 文件 / web pages, SVG and XML files are not accepted";
    static final String ACTIVE = "不接收含宏或其他可执行内容的文件 / files with macros or other active content are not accepted";
    static final String CONVERT = "请转换为 JPEG 后再上传 / please convert the image to JPEG first";
    static final String DAMAGED = "文件已损坏或格式不符 / the file is damaged or not what it claims";
    static final String EMPTY = "文件为空 / the file is empty";
    static final String NAME = "文件名含有不允许的字符或过长 / the file name has hidden characters or is too long";

    /** What a sender must not claim a file to be: a page, a script, a program. */
    private static final Set<String> ACTIVE_TYPES = Set.of(
            "text/html",
            "application/xhtml+xml",
            "image/svg+xml",
            "text/xml",
            "application/xml",
            "application/javascript",
            "text/javascript",
            "application/x-msdownload",
            "application/x-msdos-program",
            "application/vnd.microsoft.portable-executable",
            "application/x-executable",
            "application/x-sh",
            "application/java-archive",
            "application/x-msi");

    private final AttachmentLimits limits;

    public AttachmentRules(AttachmentLimits limits) {
        this.limits = limits;
    }

    /** All accepted, or {@link RulesViolated} naming each refused file and nothing accepted. */
    public List<AcceptedFile> check(List<OfferedFile> files) {
        if (files.size() > limits.maxFiles()) {
            throw refused(FIELD, "附件不能超过 " + limits.maxFiles() + " 个 / at most " + limits.maxFiles() + " files");
        }
        long total = files.stream().mapToLong(f -> f.content().length).sum();
        if (total > limits.maxTotalSize()) {
            String size = megabytes(limits.maxTotalSize());
            throw refused(FIELD, "附件合计不能超过 " + size + " / all files together at most " + size);
        }
        List<Violation> violations = new ArrayList<>();
        List<AcceptedFile> accepted = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            String field = FIELD + "[" + i + "]";
            try {
                accepted.add(accept(files.get(i)));
            } catch (Refused e) {
                violations.add(new Violation(field, e.getMessage()));
            }
        }
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        return accepted;
    }

    private AcceptedFile accept(OfferedFile file) {
        byte[] content = file.content();
        if (content.length == 0) {
            throw new Refused(EMPTY);
        }
        if (content.length > limits.maxFileSize()) {
            String size = megabytes(limits.maxFileSize());
            throw new Refused("文件过大，不能超过 " + size + " / file too large, at most " + size);
        }
        String name = FileNames.reduced(file.fileName());
        if (FileNames.disguised(name)) {
            throw new Refused(NAME);
        }
        if (FileNames.active(name) || claimsActive(file.declaredType())) {
            throw new Refused(NOT_ACCEPTED);
        }
        FileKind kind = kindOf(ContentSniffer.sniff(content));
        byte[] stripped;
        try {
            stripped = MetadataStripper.strip(kind, content);
        } catch (MetadataStripper.Malformed e) {
            throw new Refused(DAMAGED);
        }
        return new AcceptedFile(kind, name, stripped, sha256(stripped));
    }

    private FileKind kindOf(Sniffed sniffed) {
        FileKind kind = sniffed.kind();
        if (kind == null) {
            throw new Refused(
                    switch (sniffed.refusal() == null ? Sniffed.Refusal.UNKNOWN : sniffed.refusal()) {
                        case EXECUTABLE -> PROGRAM;
                        case MARKUP -> MARKUP;
                        case ACTIVE_CONTENT -> ACTIVE;
                        case UNKNOWN -> NOT_ACCEPTED;
                    });
        }
        if (!limits.allowedTypes().contains(kind.mediaType())) {
            throw new Refused(NOT_ACCEPTED);
        }
        if (!kind.storable()) {
            throw new Refused(CONVERT);
        }
        return kind;
    }

    private static boolean claimsActive(@Nullable String declaredType) {
        if (declaredType == null) {
            return false;
        }
        int parameters = declaredType.indexOf(';');
        String type = (parameters < 0 ? declaredType : declaredType.substring(0, parameters))
                .strip()
                .toLowerCase(Locale.ROOT);
        return ACTIVE_TYPES.contains(type);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static RulesViolated refused(String field, String message) {
        return new RulesViolated(List.of(new Violation(field, message)));
    }

    /** One file refused, with the message the sender reads. */
    private static final class Refused extends RuntimeException {

        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
