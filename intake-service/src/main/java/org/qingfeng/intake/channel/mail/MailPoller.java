package org.qingfeng.intake.channel.mail;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.intake.channel.ChannelIntake;
import org.qingfeng.intake.channel.ChannelMessage;
import org.qingfeng.intake.channel.ChannelMetrics;
import org.qingfeng.intake.channel.ChannelMetrics.Outcome;
import org.qingfeng.intake.channel.ChannelsProperties;
import org.qingfeng.intake.channel.rules.Replies;
import org.qingfeng.intake.channel.rules.Replies.Reply;
import org.qingfeng.intake.notify.MailGateway;
import org.qingfeng.intake.web.ServiceUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of the mailbox: every unseen message of the folder, one at a time, each answered and then
 * marked seen (or moved to the processed folder) whatever became of it, so a message that cannot be
 * read is answered once and never blocks the next. Only a log that is away stops a poll: that
 * message stays unseen and is read again next time, landing on the same item (its scope is its
 * sender and {@code Message-ID}, or the digest of the whole message without one). The server is
 * asked with {@code peek}, so reading does not mark a message seen before it was handled.
 */
final class MailPoller {

    private static final Logger log = LoggerFactory.getLogger(MailPoller.class);

    private final ChannelsProperties.Mail settings;
    private final ChannelIntake intake;
    private final ChannelMetrics metrics;
    private final MailGateway replies;
    private final Session session;

    MailPoller(ChannelsProperties.Mail settings, ChannelIntake intake, ChannelMetrics metrics, MailGateway replies) {
        this.settings = settings;
        this.intake = intake;
        this.metrics = metrics;
        this.replies = replies;
        this.session = Session.getInstance(sessionProperties(settings));
    }

    /** Polls once; returns how many messages were handled. */
    int poll() {
        int handled = 0;
        try (Store store = session.getStore(settings.protocol())) {
            store.connect(settings.host(), settings.port(), settings.username(), settings.password());
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            boolean moved = false;
            try {
                Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (Message message : unseen) {
                    if (!(message instanceof MimeMessage mime) || !handle(mime)) {
                        break;
                    }
                    moved |= done(folder, mime);
                    handled++;
                }
            } finally {
                folder.close(moved);
            }
        } catch (MessagingException e) {
            log.warn("The mailbox could not be polled: {}", e.getClass().getSimpleName());
        }
        return handled;
    }

    /** False when the log is away: the message stays unseen for the next poll. */
    private boolean handle(MimeMessage message) {
        String sender = MimeReader.sender(message);
        Reply reply;
        try {
            if (message.getSize() > settings.maxMessageSize().toBytes()) {
                metrics.count(Channel.EMAIL, Outcome.ERROR);
                reply = Replies.tooLarge(settings.maxMessageSize().toMegabytes());
            } else {
                ParsedMail mail = MimeReader.read(message);
                reply = intake.take(new ChannelMessage(
                        Channel.EMAIL, scope(mail, message), mail.from(), mail.text(), mail.attachments()));
            }
        } catch (ServiceUnavailable e) {
            log.warn("The submission log is away; the mailbox is read again next poll");
            return false;
        } catch (MessagingException | IOException | RuntimeException e) {
            log.warn("An e-mail could not be read: {}", e.getClass().getSimpleName());
            metrics.count(Channel.EMAIL, Outcome.ERROR);
            reply = Replies.unreadable();
        }
        if (sender != null && !automatic(message, sender)) {
            send(sender, reply);
        }
        return true;
    }

    private String scope(ParsedMail mail, MimeMessage message) throws MessagingException, IOException {
        String id = mail.messageId();
        if (id != null && !id.isBlank()) {
            // The sender in the scope: a stranger copying someone's Message-ID gets an item of their own.
            return "mail:" + mail.from().toLowerCase(Locale.ROOT) + ":" + id.strip();
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        try {
            return "mail:sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(raw.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Marks the message handled; true when it was moved, so the folder is expunged on close. */
    private boolean done(Folder folder, MimeMessage message) {
        try {
            String processed = settings.processedFolder();
            if (processed != null && !processed.isBlank()) {
                folder.copyMessages(new Message[] {message}, folder.getStore().getFolder(processed));
                message.setFlag(Flags.Flag.DELETED, true);
                return true;
            }
            message.setFlag(Flags.Flag.SEEN, true);
        } catch (MessagingException e) {
            log.warn("A handled e-mail could not be marked: {}", e.getClass().getSimpleName());
        }
        return false;
    }

    /**
     * Bounces, auto-replies and list mail get no answer, and nor does the mailbox itself: answering
     * them could loop.
     */
    private boolean automatic(MimeMessage message, String sender) {
        try {
            String auto = message.getHeader("Auto-Submitted", null);
            String precedence = message.getHeader("Precedence", null);
            String returnPath = message.getHeader("Return-Path", null);
            String local = sender.toLowerCase(Locale.ROOT);
            return (auto != null && !auto.strip().equalsIgnoreCase("no"))
                    || (precedence != null
                            && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list"))
                    || (returnPath != null && returnPath.strip().equals("<>"))
                    || local.startsWith("mailer-daemon@")
                    || local.startsWith("postmaster@")
                    || local.equalsIgnoreCase(String.valueOf(settings.username()));
        } catch (MessagingException e) {
            return true;
        }
    }

    private void send(String to, Reply reply) {
        try {
            replies.send(to, reply.subject(), reply.text());
        } catch (RuntimeException e) {
            log.warn("The reply e-mail could not be sent: {}", e.getClass().getSimpleName());
        }
    }

    private static Properties sessionProperties(ChannelsProperties.Mail settings) {
        String p = "mail." + settings.protocol() + ".";
        String timeout = String.valueOf(settings.timeout().toMillis());
        Properties properties = new Properties();
        properties.setProperty(p + "host", String.valueOf(settings.host()));
        properties.setProperty(p + "port", String.valueOf(settings.port()));
        properties.setProperty(p + "connectiontimeout", timeout);
        properties.setProperty(p + "timeout", timeout);
        properties.setProperty(p + "writetimeout", timeout);
        properties.setProperty(p + "peek", "true");
        if (settings.protocol().endsWith("s")) {
            properties.setProperty(p + "ssl.checkserveridentity", "true");
        }
        return properties;
    }

    static @Nullable String protocolProblem(String protocol) {
        return protocol.equals("imap") || protocol.equals("imaps")
                ? null
                : "intake.channels.mail.protocol must be imap or imaps";
    }
}
