package org.qingfeng.gateway.console.disposal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.Answer;
import org.qingfeng.gateway.console.FieldErrors;
import org.qingfeng.gateway.console.FormValues;
import org.qingfeng.gateway.console.Notice;
import org.qingfeng.gateway.console.Problem;
import org.qingfeng.gateway.console.Sent;

/**
 * The case forms as the bodies disposal takes. Each change carries the {@code sequence} of the
 * case the page showed, so a change made on a stale page is refused (409) instead of applied to a
 * case that has moved on. Blank boxes are left out; disposal checks what is required.
 */
final class CaseForms {

    static final Set<String> TALK_FIELDS = Set.of("talkKind", "scheduledFor");
    static final Set<String> TALK_RECORD_FIELDS = Set.of("text");
    static final Set<String> VERIFY_FIELDS = Set.of("accepted", "reason");
    static final Set<String> REFER_FIELDS = Set.of("reason");
    static final Set<String> OPEN_FIELDS = Set.of("ladder");
    static final Set<String> REPLY_FIELDS = Set.of("text", "files");
    static final Set<String> NO_FIELDS = Set.of();

    private CaseForms() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Talk(
            @Nullable Long sequence,
            @Nullable String talkKind,
            @Nullable String scheduledFor) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TalkRecord(@Nullable Long sequence, @Nullable String text) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Verification(
            @Nullable Long sequence,
            @Nullable Boolean accepted,
            @Nullable String reason) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Referral(@Nullable Long sequence, @Nullable String reason) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Opening(@Nullable String findingId, @Nullable String ladder) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Acknowledgement(@Nullable Long sequence) {}

    /** Disposal's answer to a change: the case and the sequence of the step it appended. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stepped(@Nullable String caseId, @Nullable Long sequence) {}

    static @Nullable Long sequence(FormValues form) {
        String text = form.text("sequence");
        return text != null && text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
    }

    /**
     * The talk's time as typed in a {@code datetime-local} box, in the console's zone, as the instant
     * disposal takes; null when blank (disposal says it is required), unreadable throws.
     */
    static @Nullable String instant(@Nullable String local, ZoneId zone) {
        if (local == null) {
            return null;
        }
        return LocalDateTime.parse(local).atZone(zone).toInstant().toString();
    }

    static Talk talk(FormValues form, ZoneId zone) {
        return new Talk(sequence(form), form.text("talkKind"), instant(form.text("scheduledFor"), zone));
    }

    /** Whether the talk's time can be read; if not, the form is refused before disposal is asked. */
    static FieldErrors talkErrors(FormValues form, ZoneId zone) {
        try {
            instant(form.text("scheduledFor"), zone);
            return FieldErrors.none();
        } catch (DateTimeParseException unreadable) {
            return FieldErrors.of(Map.of("scheduledFor", "请填写日期和时间 / Enter a date and time"));
        }
    }

    static TalkRecord talkRecord(FormValues form) {
        return new TalkRecord(sequence(form), form.text("text"));
    }

    static Verification verification(FormValues form) {
        String accepted = form.text("accepted");
        return new Verification(
                sequence(form), accepted == null ? null : Boolean.valueOf(accepted), form.text("reason"));
    }

    static Referral referral(FormValues form) {
        return new Referral(sequence(form), form.text("reason"));
    }

    static Opening opening(FormValues form) {
        String ladder = form.text("ladder");
        return new Opening(form.text("findingId"), Colours.offered(Colours.LADDERS, ladder) ? ladder : null);
    }

    static Acknowledgement acknowledgement(FormValues form) {
        return new Acknowledgement(sequence(form));
    }

    /**
     * How a change fared. A 409 means the case moved on since the page was drawn (another step, or
     * one its state does not allow): the page must be reloaded, which is what it says.
     */
    static Sent outcome(Answer<Stepped> answer, Set<String> fields, String successKey) {
        Problem problem = answer.problem();
        if (answer.status() == 409 && problem != null) {
            return new Sent(
                    false, Notice.error("cases.moved", Notice.refused(problem).said()), FieldErrors.none());
        }
        Stepped stepped = answer.body();
        String argument = stepped == null
                ? ""
                : stepped.sequence() != null ? String.valueOf(stepped.sequence()) : String.valueOf(stepped.caseId());
        return Sent.of(answer, fields, successKey, argument);
    }
}
