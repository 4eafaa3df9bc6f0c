package org.qingfeng.contracts.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Intake's own, whole record of one informant after a change: the system of record of the roster.
 * Only intake reads this topic (in production an ACL lets no one else); the public fact is {@link
 * InformantChanged}. Compacted on the token, so the latest record is the informant, and a tombstone
 * erases them.
 *
 * <p>Every piece of personal data is sealed before it leaves intake's memory: the identity (name,
 * informant number, phone, e-mail, identity number) and every free-text note. What is readable is
 * structure: codes, dates, enums and keyed digests used to find an informant without decrypting.
 *
 * @param version 1 at appointment, one more with every change
 * @param appointedByCode the node that appointed: the work station or a township
 * @param identity the sealed JSON of the informant's identity
 * @param phoneDigest keyed digest of the normalised mobile number, to match an SMS sender
 * @param nameDigest keyed digest of the name, to refuse it in text that will be published
 * @param emailDigest keyed digest of the normalised e-mail address, to match an e-mail sender
 * @param statusReason why the status last changed, sealed
 */
public record InformantRecorded(
        UUID eventId,
        Instant occurredAt,
        String informantToken,
        long version,
        String homeNodeCode,
        String appointedByCode,
        InformantType type,
        List<Background> backgrounds,
        List<Role> roles,
        InformantStatus status,
        @Nullable SealedBox statusReason,
        LocalDate appointedOn,
        SealedBox identity,
        @Nullable String phoneDigest,
        String nameDigest,
        List<Training> training,
        List<Contact> contacts,
        List<Decision> decisions,
        @Nullable String emailDigest) {

    public InformantRecorded {
        backgrounds = List.copyOf(backgrounds);
        roles = List.copyOf(roles);
        training = List.copyOf(training);
        contacts = List.copyOf(contacts);
        decisions = List.copyOf(decisions);
    }

    /** A record without an e-mail digest, as informants were recorded before e-mail intake. */
    public InformantRecorded(
            UUID eventId,
            Instant occurredAt,
            String informantToken,
            long version,
            String homeNodeCode,
            String appointedByCode,
            InformantType type,
            List<Background> backgrounds,
            List<Role> roles,
            InformantStatus status,
            @Nullable SealedBox statusReason,
            LocalDate appointedOn,
            SealedBox identity,
            @Nullable String phoneDigest,
            String nameDigest,
            List<Training> training,
            List<Contact> contacts,
            List<Decision> decisions) {
        this(
                eventId,
                occurredAt,
                informantToken,
                version,
                homeNodeCode,
                appointedByCode,
                type,
                backgrounds,
                roles,
                status,
                statusReason,
                appointedOn,
                identity,
                phoneDigest,
                nameDigest,
                training,
                contacts,
                decisions,
                null);
    }

    /** A special-invited informant's standing (特邀信息员的身份). */
    public enum Background {
        /** 人大代表 */
        DEPUTY,
        /** 政协委员 */
        CPPCC_MEMBER,
        /** 民主党派、无党派人士 */
        NON_PARTY,
        /** 离退休干部 */
        RETIRED_CADRE,
        /** 律师 */
        LAWYER,
        /** 教师 */
        TEACHER,
        /** 医生 */
        DOCTOR,
        /** 企业主 */
        BUSINESS_OWNER,
        /** 村民代表 */
        VILLAGER,
        /** 其他 */
        OTHER
    }

    /** The roles one person may hold at once (多员合一). */
    public enum Role {
        /** 廉政预警信息员: always held */
        INTEGRITY,
        /** 维稳信息员 */
        STABILITY,
        /** 信访信息员 */
        PETITION,
        /** 人民调解员 */
        MEDIATION,
        /** 行风监督员 */
        CONDUCT_SUPERVISOR,
        /** 村务监督员 */
        VILLAGE_AFFAIRS_SUPERVISOR,
        /** 网格员 */
        GRID_MEMBER
    }

    /** Graded training (分级培训); village informants need one rotation a year. */
    public enum TrainingLevel {
        /** 县（市）级培训 */
        COUNTY,
        /** 乡镇级培训 */
        TOWNSHIP,
        /** 村级信息员年度轮训 */
        VILLAGE_ROTATION
    }

    /** How the network kept in touch (联系方式). */
    public enum ContactWay {
        /** 座谈会、例会 */
        MEETING,
        /** 联系卡 */
        CONTACT_CARD,
        /** 走访 */
        VISIT,
        /** 通报、简报 */
        BULLETIN,
        /** 电话 */
        PHONE
    }

    /** A network manager's decision on an assessment (考核结果). */
    public enum Verdict {
        /** 表彰 */
        COMMEND,
        /** 留任 */
        KEEP,
        /** 解聘 */
        DISMISS
    }

    /** One training attended. {@code course} is a course title, never about a person. */
    public record Training(UUID id, LocalDate on, TrainingLevel level, String course, int hours) {}

    /** One contact; the note is sealed. */
    public record Contact(
            UUID id, LocalDate on, ContactWay way, @Nullable SealedBox note) {}

    /**
     * One assessment decision with the figures it was taken on.
     *
     * @param method the assessment method version the figures came from
     * @param figures the figures shown to the manager, as {@code name=value} pairs, no personal data
     */
    public record Decision(
            UUID id,
            int year,
            Verdict verdict,
            String decidedBy,
            Instant decidedAt,
            String method,
            List<String> figures,
            @Nullable SealedBox reason) {

        public Decision {
            figures = List.copyOf(figures);
        }
    }
}
