package org.qingfeng.intake.channel.mail;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.attachment.AttachmentUpload;

/**
 * An e-mail as the channel uses it, decoded.
 *
 * @param messageId its {@code Message-ID}, if it has one
 * @param from the sender's bare address: personal data
 * @param subject decoded (RFC 2047), possibly empty
 * @param body the plain text, or the HTML text without its tags when there is no plain part
 * @param attachments every other part, named as decoded (RFC 2047 or RFC 2231)
 */
record ParsedMail(
        @Nullable String messageId, String from, String subject, String body, List<AttachmentUpload> attachments) {

    ParsedMail {
        attachments = List.copyOf(attachments);
    }

    /** The subject as context before the body: what the sender wrote first. */
    String text() {
        if (subject.isBlank()) {
            return body;
        }
        return body.isBlank() ? subject : subject + "\n" + body;
    }

    /** Nothing the sender wrote, nor who they are. */
    @Override
    public String toString() {
        return "ParsedMail[attachments=" + attachments.size() + "]";
    }
}
