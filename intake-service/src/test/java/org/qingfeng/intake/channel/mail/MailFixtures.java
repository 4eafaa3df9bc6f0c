package org.qingfeng.intake.channel.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Properties;

/**
 * E-mails as Chinese mail clients send them, written byte by byte: encoded words, GBK and GB18030
 * bodies, encoded file names.
 */
public final class MailFixtures {

    public static final Charset GBK = Charset.forName("GBK");
    public static final Charset GB18030 = Charset.forName("GB18030");

    private MailFixtures() {}

    /** {@code =?charset?B?...?=} of {@code text}. */
    public static String encodedWord(String text, Charset charset) {
        return "=?" + charset.name() + "?B?" + Base64.getEncoder().encodeToString(text.getBytes(charset)) + "?=";
    }

    /** A single text/plain message in {@code charset}, base64, with an encoded subject in the same charset. */
    public static byte[] anyPlainMail(String from, String messageId, String subject, String body, Charset charset) {
        return ascii("From: " + from + "\r\n"
                + "To: intake@qingfeng.test\r\n"
                + "Subject: " + encodedWord(subject, charset) + "\r\n"
                + "Message-ID: " + messageId + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=" + charset.name() + "\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n"
                + Base64.getMimeEncoder().encodeToString(body.getBytes(charset)) + "\r\n");
    }

    /** A multipart/mixed message: an alternative text (plain UTF-8, HTML) and two files named in RFC 2047 and RFC 2231. */
    /** A multipart/mixed message: UTF-8 text and one file named in RFC 2047 (GBK). */
    public static byte[] anyMailWithFile(
            String from, String messageId, String body, String fileName, String mediaType, byte[] content) {
        return ascii("From: " + from + "\r\n"
                + "To: intake@qingfeng.test\r\n"
                + "Subject: " + encodedWord("附件举报", GBK) + "\r\n"
                + "Message-ID: " + messageId + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"outer\"\r\n"
                + "\r\n"
                + "--outer\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n"
                + Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + "--outer\r\n"
                + "Content-Type: " + mediaType + "; name=\"" + encodedWord(fileName, GBK) + "\"\r\n"
                + "Content-Disposition: attachment; filename=\"" + encodedWord(fileName, GBK) + "\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n"
                + Base64.getMimeEncoder().encodeToString(content) + "\r\n"
                + "--outer--\r\n");
    }

    public static byte[] anyMailWithFiles(String from, String body, String gbkFileName, String utf8FileName) {
        String utf8Name =
                java.net.URLEncoder.encode(utf8FileName, StandardCharsets.UTF_8).replace("+", "%20");
        return ascii("From: " + from + "\r\n"
                + "To: intake@qingfeng.test\r\n"
                + "Subject: " + encodedWord("附件举报", GBK) + "\r\n"
                + "Message-ID: <files@qingfeng.test>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"outer\"\r\n"
                + "\r\n"
                + "--outer\r\n"
                + "Content-Type: multipart/alternative; boundary=\"inner\"\r\n"
                + "\r\n"
                + "--inner\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n"
                + Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + "--inner\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n"
                + Base64.getMimeEncoder().encodeToString(("<p>HTML 版本</p>").getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + "--inner--\r\n"
                + "--outer\r\n"
                + "Content-Type: application/pdf; name=\"" + encodedWord(gbkFileName, GBK) + "\"\r\n"
                + "Content-Disposition: attachment; filename=\"" + encodedWord(gbkFileName, GBK) + "\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n"
                + Base64.getMimeEncoder().encodeToString("%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)) + "\r\n"
                + "--outer\r\n"
                + "Content-Type: image/png\r\n"
                + "Content-Disposition: attachment; filename*=UTF-8''" + utf8Name + "\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n"
                + Base64.getMimeEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G'}) + "\r\n"
                + "--outer--\r\n");
    }

    /** An HTML-only message, 8bit UTF-8. */
    public static byte[] anyHtmlMail(String from, String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("From: " + from + "\r\n"
                + "Subject: html\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"));
        out.writeBytes(html.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A text message whose charset is not declared, its 8bit body in {@code charset}. */
    public static byte[] anyUnlabelledMail(String from, String body, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("From: " + from + "\r\n"
                + "Subject: no charset\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"));
        out.writeBytes(body.getBytes(charset));
        return out.toByteArray();
    }

    public static MimeMessage message(byte[] raw) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
