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
 * @param warned whether disposal issued a warning on it
 */
public record ItemFacts(
        UUID itemId,
        String informantToken,
        LocalDate receivedOn,
        @Nullable LocalDate occurredOn,
        @Nullable TriageDecision decision,
        boolean warned) {

    /** The day an item submitted at {@code submittedAt} was received, in {@code zone}. */
    public static LocalDate receivedOn(Instant submittedAt, ZoneId zone) {
        return submittedAt.atZone(zone).toLocalDate();
    }

    /**
     * Adopted (采用): accepted or linked to a known problem, or it led to a warning, unless the work
     * station's latest word found it a duplicate, unfounded or malicious. A warning issued before an
     * item was found unfounded does not make it count for the informant.
     *
     * <p>Seam for disposal's verification (issue 7): a verified item will count as adopted here, one
     * found untrue as unfounded; the projection will gain a {@code verified} field, written by its own
     * listener as one more field upsert on the item's document.
     */
    public boolean adopted() {
        if (decision == null) {
            return warned;
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
