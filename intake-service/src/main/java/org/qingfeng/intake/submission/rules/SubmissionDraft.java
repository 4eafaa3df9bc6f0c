package org.qingfeng.intake.submission.rules;

import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;

/** A warning item as it was sent, not yet checked. */
public record SubmissionDraft(
        @Nullable String regionCode,
        @Nullable String unitCode,
        @Nullable String subjectArea,
        @Nullable RiskCategory riskCategory,
        @Nullable Urgency urgency,
        @Nullable Channel channel,
        @Nullable SubmitterKind submitterKind,
        @Nullable String description) {}
