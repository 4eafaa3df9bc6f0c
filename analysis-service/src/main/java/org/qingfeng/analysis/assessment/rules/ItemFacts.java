package org.qingfeng.analysis.assessment.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.TriageDecision;

/**
 * What is known of one informant's item, gathered from three topics in whatever order they arrive.
 *
 * @param receivedOn the day it was submitted, in the commission's zone; its year is the year assessed
 * @param occurredOn the day the matter happened or was noticed, when the informant said
 * @param decision the work station's latest decision, by sequence; null while undecided
 * @param warned whether disposal issued a warning on it (disposal's history before cases)
 * @param verified whether a disposal case holding it was closed after the station accepted the
 *     unit's reply: the rectification was verified
 */
public record ItemFacts(
        UUID itemId,
        String informantToken,
        LocalDate receivedOn,
        @Nullable LocalDate occurredOn,
        @Nullable TriageDecision decision,
        boolean warned,
        boolean verified) {

    /** The day an item submitted at {@code submittedAt} was received, in {@code zone}. */
    public static LocalDate receivedOn(Instant submittedAt, ZoneId zone) {
        return submittedAt.atZone(zone).toLocalDate();
    }

    /** An item without a verified outcome, as before disposal's cases. */
    public ItemFacts(
            UUID itemId,
            String informantToken,
            LocalDate receivedOn,
            @Nullable LocalDate occurredOn,
            @Nullable TriageDecision decision,
            boolean warned) {
        this(itemId, informantToken, receivedOn, occurredOn, decision, warned, false);
    }

    /**
     * Adopted (采用): accepted or linked to a known problem, or it led to a warning, or the rectification
     * of a case holding it was verified, unless the work station's latest word found it a duplicate,
     * unfounded or malicious. A warning issued or a case closed before an item was found unfounded
     * does not make it count for the informant: the case may rest on other items, and the triage
     * decision is the word on this informant's report.
     */
    public boolean adopted() {
        if (decision == null) {
            return warned || verified;
        }
        return switch (decision) {
            case ACCEPTED, LINKED -> true;
            case DUPLICATE, UNFOUNDED, MALICIOUS -> false;
        };
    }

    public boolean is(TriageDecision latest) {
        return decision == latest;
    }
}
