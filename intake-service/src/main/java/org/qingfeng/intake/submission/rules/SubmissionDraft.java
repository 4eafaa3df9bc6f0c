package org.qingfeng.intake.submission.rules;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;

/**
 * A warning item as it was sent, not yet checked.
 *
 * @param occurredOn when the matter happened or was noticed, if the submitter says
 * @param informantToken the submitting informant's pseudonymous token, only with {@code INFORMANT}
 * @param concerns the post or person the item names, free text: sensitive, sealed once accepted
 * @param contact how the submitter can be reached, if they want to be (not for informants): sealed
 */
public record SubmissionDraft(
        @Nullable String regionCode,
        @Nullable String unitCode,
        @Nullable String subjectArea,
        @Nullable RiskCategory riskCategory,
        @Nullable Urgency urgency,
        @Nullable Channel channel,
        @Nullable SubmitterKind submitterKind,
        @Nullable String description,
        @Nullable LocalDate occurredOn,
        @Nullable String informantToken,
        @Nullable String concerns,
        @Nullable String contact) {

    /** A draft naming no one and giving no contact. */
    public SubmissionDraft(
            @Nullable String regionCode,
            @Nullable String unitCode,
            @Nullable String subjectArea,
            @Nullable RiskCategory riskCategory,
            @Nullable Urgency urgency,
            @Nullable Channel channel,
            @Nullable SubmitterKind submitterKind,
            @Nullable String description,
            @Nullable LocalDate occurredOn,
            @Nullable String informantToken) {
        this(
                regionCode,
                unitCode,
                subjectArea,
                riskCategory,
                urgency,
                channel,
                submitterKind,
                description,
                occurredOn,
                informantToken,
                null,
                null);
    }

    /** The same draft as it arrived on another channel, which the channel, not the sender, names. */
    public SubmissionDraft via(Channel arrivedBy) {
        return new SubmissionDraft(
                regionCode,
                unitCode,
                subjectArea,
                riskCategory,
                urgency,
                arrivedBy,
                submitterKind,
                description,
                occurredOn,
                informantToken,
                concerns,
                contact);
    }

    /** A draft without a date or an informant, as the spine's API took it. */
    public SubmissionDraft(
            @Nullable String regionCode,
            @Nullable String unitCode,
            @Nullable String subjectArea,
            @Nullable RiskCategory riskCategory,
            @Nullable Urgency urgency,
            @Nullable Channel channel,
            @Nullable SubmitterKind submitterKind,
            @Nullable String description) {
        this(regionCode, unitCode, subjectArea, riskCategory, urgency, channel, submitterKind, description, null, null);
    }

    /**
     * Neither the description, which is never logged, nor the token, the concerns or the contact: Spring's request logging prints a
     * body by its toString.
     */
    @Override
    public String toString() {
        return "SubmissionDraft[" + regionCode + ", " + subjectArea + ", " + submitterKind + "]";
    }
}
