package org.qingfeng.intake.channel.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.attachment.AttachmentUpload;

/**
 * Reads an e-mail as Chinese mail clients write it. Text parts in any charset; GB2312, GBK and their
 * aliases are read as GB18030, their superset, because clients label GBK text GB2312; a part
 * without a charset is UTF-8 when it decodes as such, else GB18030. Subjects and file names in RFC
 * 2047 encoded words (the same widening applies) or RFC 2231 parameters. The plain part of a
 * {@code multipart/alternative} is the body, else the HTML part without its tags; every other part
 * is an attachment.
 */
final class MimeReader {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> GB_ALIASES =
            Set.of("gb2312", "gbk", "x-gbk", "cp936", "euc-cn", "x-euc-cn", "gb18030");
    private static final Pattern GB_WORD =
            Pattern.compile("=\\?(?:gb2312|gbk|x-gbk|cp936|euc-cn|x-euc-cn)(\\*[a-z-]+)?\\?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPTS = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1\\s*>");
    private static final Pattern BREAKS = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/tr|/h[1-6])[^>]*>");
    private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]{1,6});");
    private static final Pattern BLANK_LINES = Pattern.compile("[ \\t\\x{3000}]*\\n[\\s\\x{3000}]*\\n[\\s\\x{3000}]*");

    private MimeReader() {}

    static ParsedMail read(MimeMessage message) throws MessagingException, IOException {
        String from = sender(message);
        if (from == null) {
            throw new MessagingException("the message names no sender");
        }
        Collected collected = new Collected();
        walk(message, collected);
        String body =
                collected.plain != null ? collected.plain : collected.html != null ? htmlText(collected.html) : "";
        return new ParsedMail(
                message.getMessageID(),
                from,
                header(message.getHeader("Subject", null)),
                body.strip(),
                collected.attachments);
    }

    /** The bare address of the first sender, or null when there is none. */
    static @Nullable String sender(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            if (from == null) {
                return null;
            }
            for (Address address : from) {
                if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                    return internet.getAddress().strip();
                }
            }
            return null;
        } catch (MessagingException e) {
            return null;
        }
    }

    /** A header as a person reads it: unfolded and its encoded words decoded. */
    static String header(@Nullable String raw) {
        if (raw == null) {
            return "";
        }
        String unfolded = MimeUtility.unfold(raw);
        String widened = GB_WORD.matcher(unfolded).replaceAll("=?GB18030$1?");
        try {
            return MimeUtility.decodeText(widened).strip();
        } catch (UnsupportedEncodingException e) {
            return unfolded.strip();
        }
    }

    private static void walk(Part part, Collected out) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), out);
            }
            return;
        }
        String fileName = fileName(part);
        boolean attached = fileName != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
        if (!attached && out.plain == null && part.isMimeType("text/plain")) {
            out.plain = text(part);
        } else if (!attached && out.html == null && part.isMimeType("text/html")) {
            out.html = text(part);
        } else {
            String name = fileName != null ? fileName : "附件" + (out.attachments.size() + 1);
            out.attachments.add(new AttachmentUpload(name, baseType(part), bytes(part)));
        }
    }

    /** The part's file name, decoded; Angus decodes RFC 2231 itself, RFC 2047 words are decoded here. */
    static @Nullable String fileName(Part part) {
        String raw;
        try {
            raw = part.getFileName();
        } catch (MessagingException e) {
            return null;
        }
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String name = raw.contains("=?") ? header(raw) : raw.strip();
        return name.isBlank() ? null : name;
    }

    static String text(Part part) throws MessagingException, IOException {
        return decode(bytes(part), charsetOf(part));
    }

    static String decode(byte[] bytes, @Nullable String charset) {
        Charset declared = charset(charset);
        if (declared != null) {
            return new String(bytes, declared);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, GB18030);
        }
    }

    private static @Nullable Charset charset(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (GB_ALIASES.contains(lower)) {
            return GB18030;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(lower));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static @Nullable String charsetOf(Part part) {
        ContentType type = contentType(part);
        return type == null ? null : type.getParameter("charset");
    }

    private static @Nullable String baseType(Part part) {
        ContentType type = contentType(part);
        return type == null ? null : type.getBaseType();
    }

    private static @Nullable ContentType contentType(Part part) {
        try {
            String header = part.getContentType();
            return header == null ? null : new ContentType(header);
        } catch (MessagingException e) {
            return null;
        }
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** The text a browser would show, roughly: no scripts or styles, tags gone, line breaks kept. */
    static String htmlText(String html) {
        String text = SCRIPTS.matcher(html).replaceAll("");
        text = BREAKS.matcher(text).replaceAll("\n");
        text = TAGS.matcher(text).replaceAll("");
        text = NUMERIC_ENTITY.matcher(text).replaceAll(m -> {
            int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            return Character.isValidCodePoint(code) ? Matcher.quoteReplacement(Character.toString(code)) : "";
        });
        text = text.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        return BLANK_LINES.matcher(text).replaceAll("\n").strip();
    }

    private static final class Collected {

        private @Nullable String plain;
        private @Nullable String html;
        private final List<AttachmentUpload> attachments = new ArrayList<>();
    }
}
