package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.intake.channel.mail.MailFixtures;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The mailbox end to end: messages delivered to GreenMail's IMAP server are polled by the service,
 * become items on the broker, and are answered through GreenMail's SMTP; a bad message is answered
 * and the ones after it still go through.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailChannelIT extends ChannelIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @BeforeEach
    void loadTheNetwork() {
        loadTheInformantNetwork();
    }

    @Test
    void anUnreadableAndAShortMessageAreAnsweredAndTheInformantsAndTheStrangersAfterThemBecomeItems(
            CapturedOutput output) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String informant = "informant-" + run + "@village.test";
        String stranger = "stranger-" + run + "@elsewhere.test";
        String unreadable = "unreadable-" + run + "@elsewhere.test";
        String brief = "brief-" + run + "@elsewhere.test";
        String token = appoint(
                InformantFixtures.with(InformantFixtures.anyVillageInformant(), "136" + digits(run), informant, null));
        String informantText = anyDescription();
        String strangerText = anyDescription();

        deliver(unreadableMail(unreadable));
        deliver(MailFixtures.anyPlainMail(brief, "<short-" + run + "@t>", "短", "太短", MailFixtures.GBK));
        deliver(MailFixtures.anyPlainMail(informant, "<inf-" + run + "@t>", "反映村务问题", informantText, MailFixtures.GBK));
        deliver(MailFixtures.anyPlainMail(stranger, "<str-" + run + "@t>", "工程款", strangerText, MailFixtures.GB18030));

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(itemsDescribing(informantText)).hasSize(1);
            assertThat(itemsDescribing(strangerText)).hasSize(1);
            assertThat(repliesTo(unreadable)).hasSize(1);
            assertThat(repliesTo(brief)).hasSize(1);
        });
        ItemSubmitted fromInformant = itemsDescribing(informantText).get(0);
        assertThat(fromInformant.submitterKind()).isEqualTo(SubmitterKind.INFORMANT);
        assertThat(fromInformant.informantToken()).isEqualTo(token);
        assertThat(fromInformant.item().channel()).isEqualTo(Channel.EMAIL);
        assertThat(fromInformant.item().description()).isEqualTo("反映村务问题\n" + informantText);
        ItemSubmitted fromStranger = itemsDescribing(strangerText).get(0);
        assertThat(fromStranger.submitterKind()).isEqualTo(SubmitterKind.ANONYMOUS);
        assertThat(fromStranger.item().regionCode()).isEqualTo(NetworkFixtures.TOWNSHIP);
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(text(repliesTo(informant))).singleElement().asString().contains("回执码：");
            assertThat(text(repliesTo(stranger))).singleElement().asString().contains("回执码：");
        });
        assertThat(text(repliesTo(unreadable))).singleElement().asString().contains("无法读取");
        assertThat(text(repliesTo(brief))).singleElement().asString().contains("内容：须为 10 到 4000 字");
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(unseenInTheMailbox()).isZero());
        assertThat(everyRecord()).noneMatch(text -> text.contains(stranger) || text.contains(informant));
        assertThat(serviceLog(output)).noneMatch(line -> line.contains(stranger) || line.contains(strangerText));
    }

    @Test
    void aMessageReadAgainLandsOnTheSameItem() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String sender = "again-" + run + "@elsewhere.test";
        String description = anyDescription();
        byte[] raw = MailFixtures.anyPlainMail(sender, "<again-" + run + "@t>", "重复", description, MailFixtures.GBK);

        deliver(raw);
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(repliesTo(sender)).hasSize(1));
        deliver(raw);
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(repliesTo(sender)).hasSize(2));

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(itemsDescribing(description)).isNotEmpty());
        assertThat(itemsDescribing(description).stream()
                        .map(ItemSubmitted::itemId)
                        .distinct())
                .as("one item, however often the message came")
                .hasSize(1);
        assertThat(text(repliesTo(sender)))
                .hasSize(2)
                .containsOnly(text(repliesTo(sender)).get(0));
    }

    /** The log without GreenMail's own lines, which name the mailboxes it creates for the replies. */
    private static List<String> serviceLog(CapturedOutput output) {
        List<String> lines = output.getAll().lines().toList();
        assertThat(lines).isNotEmpty();
        return lines.stream()
                .filter(line -> !line.contains("c.icegreen.greenmail"))
                .toList();
    }

    private static byte[] unreadableMail(String from) {
        return ("From: " + from + "\r\n"
                        + "Subject: x\r\n"
                        + "Message-ID: <" + UUID.randomUUID() + "@t>\r\n"
                        + "MIME-Version: 1.0\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\n"
                        + "Content-Transfer-Encoding: x-unknown\r\n"
                        + "\r\n"
                        + "garbled\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static void deliver(byte[] raw) {
        GreenMailUser mailbox = MAIL.getUserManager().getUserByEmail(MAILBOX);
        mailbox.deliver(MailFixtures.message(raw));
    }

    private static List<MimeMessage> repliesTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toList();
    }

    private static int unseenInTheMailbox() throws FolderException {
        GreenMailUser mailbox = MAIL.getUserManager().getUserByEmail(MAILBOX);
        return MAIL.getManagers().getImapHostManager().getInbox(mailbox).getUnseenCount();
    }

    private static String recipients(MimeMessage message) {
        try {
            return message.getAllRecipients() == null ? "" : InternetAddress.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            return "";
        }
    }

    private static List<String> text(List<MimeMessage> messages) {
        return messages.stream()
                .map(m -> {
                    try {
                        return String.valueOf(m.getContent());
                    } catch (IOException | MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String digits(String run) {
        return String.format("%08d", Math.floorMod(run.hashCode(), 100_000_000));
    }
}
