package org.qingfeng.intake.channel;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.intake.attachment.AttachmentUpload;

/**
 * One message as a channel received it.
 *
 * @param idempotencyScope what a redelivery of the same message carries again ({@code sms:<id>},
 *     {@code mail:<Message-ID>})
 * @param sender the phone number (roster form) or e-mail address it came from: personal data
 * @param text what it says, the grammar of {@code MessageText} included
 */
public record ChannelMessage(
        Channel channel,
        String idempotencyScope,
        String sender,
        @Nullable String text,
        List<AttachmentUpload> attachments) {

    public ChannelMessage {
        attachments = List.copyOf(attachments);
    }

    /** Neither the sender nor the text. */
    @Override
    public String toString() {
        return "ChannelMessage[" + channel + ", attachments=" + attachments.size() + "]";
    }
}
