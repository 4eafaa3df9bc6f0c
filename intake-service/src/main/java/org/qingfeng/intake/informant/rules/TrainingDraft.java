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
        @Nullable Integer hours) {

    /** Never the token: Spring's request logging prints a body by its toString. */
    @Override
    public String toString() {
        return "TrainingDraft[" + on + ", " + level + ", " + hours + "h]";
    }
}
