package org.qingfeng.intake.channel;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The SMS and e-mail channels, under {@code intake.channels.*}.
 *
 * @param defaultRegion where a message from an unknown sender goes when it names no region: an active
 *     township of the county; unset, such a message is answered with an error
 * @param defaultUnit the unit a message concerns when it names none and none lies above its region
 * @param defaultSubjectArea the catalogue's subject area channel messages are filed under until triage
 */
@ConfigurationProperties("intake.channels")
public record ChannelsProperties(
        @Nullable String defaultRegion,
        @Nullable String defaultUnit,
        @DefaultValue("unclassified") String defaultSubjectArea,
        @DefaultValue Sms sms,
        @DefaultValue Mail mail) {

    /**
     * @param secret the HMAC-SHA256 key shared with the SMS gateway ({@code INTAKE_CHANNELS_SMS_SECRET});
     *     unset, every call is refused
     * @param window how far a call's timestamp may be from now
     * @param maxBody the largest webhook body taken
     */
    public record Sms(
            @Nullable String secret,
            @DefaultValue("5m") Duration window,
            @DefaultValue("16KB") DataSize maxBody) {

        public boolean configured() {
            return secret != null && !secret.isBlank();
        }
    }

    /**
     * @param enabled whether this instance polls the mailbox
     * @param protocol {@code imap} or {@code imaps}
     * @param folder the folder read for unseen messages
     * @param pollInterval the pause between two polls
     * @param processedFolder where handled messages are moved; unset, they are only marked seen
     * @param maxMessageSize a larger message is answered with an error and not read
     * @param timeout connect and read timeout of the mail server
     */
    public record Mail(
            @DefaultValue("false") boolean enabled,
            @Nullable String host,
            @DefaultValue("993") int port,
            @DefaultValue("imaps") String protocol,
            @Nullable String username,
            @Nullable String password,
            @DefaultValue("INBOX") String folder,
            @DefaultValue("1m") Duration pollInterval,
            @Nullable String processedFolder,
            @DefaultValue("25MB") DataSize maxMessageSize,
            @DefaultValue("10s") Duration timeout) {

        /** Never the password. */
        @Override
        public String toString() {
            return "Mail[enabled=" + enabled + ", protocol=" + protocol + ", folder=" + folder + "]";
        }
    }
}
