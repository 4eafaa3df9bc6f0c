package org.qingfeng.intake.channel.sms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * What the gateway posts for one text message ({@code receivedAt} and anything else it adds are
 * not needed: the item's time is when intake took it).
 *
 * @param messageId the gateway's id of the message, the same on every retry of the webhook
 * @param from the sender's number as the gateway writes it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SmsMessage(
        @Nullable String messageId,
        @Nullable String from,
        @Nullable String text) {

    /** Neither the number nor the text. */
    @Override
    public String toString() {
        return "SmsMessage[" + messageId + "]";
    }
}
