package org.qingfeng.analysis.assessment.rules;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.InformantStatus;

/**
 * An informant to assess, as the roster has them. Someone with items whose roster entry has not
 * arrived yet has no home, status or appointment day.
 */
public record Informant(
        String informantToken,
        @Nullable String homeNodeCode,
        @Nullable InformantStatus status,
        @Nullable LocalDate appointedOn) {

    public static Informant notOnRoster(String informantToken) {
        return new Informant(informantToken, null, null, null);
    }

    public boolean onRoster() {
        return status != null;
    }
}
