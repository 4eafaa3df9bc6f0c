package org.qingfeng.intake.channel.sms;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.intake.channel.ChannelIntake;
import org.qingfeng.intake.channel.ChannelMessage;
import org.qingfeng.intake.channel.ChannelMetrics;
import org.qingfeng.intake.channel.ChannelMetrics.Outcome;
import org.qingfeng.intake.channel.ChannelsProperties;
import org.qingfeng.intake.channel.rules.PhoneNumbers;
import org.qingfeng.intake.channel.rules.Replies.Reply;
import org.qingfeng.intake.notify.SmsGateway;
import org.qingfeng.intake.web.PayloadTooLarge;
import org.qingfeng.support.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/channels/sms}, the SMS gateway's webhook. A call without a valid, fresh
 * signature is {@code 401} and nothing is read further. A verified call is always {@code 200}: the
 * sender learns the outcome from the reply SMS, so one bad message never makes the gateway retry or
 * stall the ones after it. Only a log that is away answers {@code 503}: the gateway retries and,
 * the message id being the idempotency scope, the retry lands on the same item.
 */
@RestController
class SmsController {

    private static final Logger log = LoggerFactory.getLogger(SmsController.class);
    private static final Map<String, Boolean> ACCEPTED = Map.of("accepted", true);

    private final ChannelIntake intake;
    private final ChannelMetrics metrics;
    private final SmsGateway replies;
    private final SmsSignature signature;
    private final DataSize maxBody;

    SmsController(
            ChannelIntake intake,
            ChannelMetrics metrics,
            SmsGateway replies,
            ChannelsProperties properties,
            Clock clock) {
        this.intake = intake;
        this.metrics = metrics;
        this.replies = replies;
        ChannelsProperties.Sms sms = properties.sms();
        if (!sms.configured()) {
            log.warn("No SMS webhook secret configured (intake.channels.sms.secret): every SMS call is refused");
        }
        this.signature = new SmsSignature(sms.secret(), sms.window(), clock);
        this.maxBody = sms.maxBody();
    }

    /** Open without a token: the signature is the proof. */
    @PreAuthorize("permitAll()")
    @PostMapping(path = "/api/channels/sms", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBody.toBytes()) {
            throw new PayloadTooLarge(maxBody);
        }
        byte[] body = request.getInputStream().readNBytes(Math.toIntExact(maxBody.toBytes()) + 1);
        if (body.length > maxBody.toBytes()) {
            throw new PayloadTooLarge(maxBody);
        }
        if (!signature.verifies(
                request.getHeader(SmsSignature.SIGNATURE), request.getHeader(SmsSignature.TIMESTAMP), body)) {
            return unauthorized();
        }
        Optional<SmsMessage> read = read(body);
        Optional<String> phone = read.flatMap(sms -> PhoneNumbers.normalised(sms.from()));
        if (read.isEmpty() || phone.isEmpty()) {
            log.warn("An SMS webhook call without a readable message or sender number was dropped");
            metrics.count(Channel.SMS, Outcome.ERROR);
            return ResponseEntity.ok(ACCEPTED);
        }
        SmsMessage sms = read.get();
        Reply reply =
                intake.take(new ChannelMessage(Channel.SMS, scope(sms, body), phone.get(), sms.text(), List.of()));
        send(String.valueOf(sms.from()).strip(), reply);
        return ResponseEntity.ok(ACCEPTED);
    }

    private static Optional<SmsMessage> read(byte[] body) {
        try {
            return Optional.ofNullable(JsonMapper.shared().readValue(body, SmsMessage.class));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** The gateway's message id; without one, the body itself, which a retry repeats byte for byte. */
    private static String scope(SmsMessage sms, byte[] body) {
        @Nullable String id = sms.messageId();
        if (id != null && !id.isBlank()) {
            return "sms:" + id.strip();
        }
        try {
            return "sms:sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private void send(String to, Reply reply) {
        try {
            replies.send(to, reply.text());
        } catch (RuntimeException e) {
            // The item (if any) is durable; only the answer is lost. Never the number in the log.
            log.warn("The reply SMS could not be sent: {}", e.getClass().getSimpleName());
        }
    }

    private static ResponseEntity<ProblemDetail> unauthorized() {
        ProblemDetail problem = Problems.of(
                HttpStatus.UNAUTHORIZED, "签名无效或已过期 / The signature is missing, wrong or expired", List.of());
        problem.setTitle("未通过验证 / Unauthorized");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "HMAC-SHA256")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
