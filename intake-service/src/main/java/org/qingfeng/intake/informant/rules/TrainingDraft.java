package org.qingfeng.intake.informant.rules;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.InformantRecorded.TrainingLevel;

/** A training attended, as staff sent it. */
public record TrainingDraft(
        @Nullable String informantToken,
        @Nullable LocalDate on,
        @Nullable TrainingLevel level,
        @Nullable String course,
        @Nullable Integer hours) {}
