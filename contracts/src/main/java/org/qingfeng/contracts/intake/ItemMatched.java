package org.qingfeng.contracts.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * Intake found an earlier item saying nearly the same thing. {@code SAME_INCIDENT}: the same matter
 * reported again (count it once, credit every reporter); {@code SAME_PROBLEM_ELSEWHERE}: the same
 * kind of problem in another place or unit (link them, count both). Triage may overrule either.
 *
 * @param matchedItemId the earlier item: for a merge, the first report of the incident
 * @param similarity Jaccard similarity of the two normalised texts' character bigrams, 0 to 1
 * @param method the detection method's version, such as {@code minhash-lsh-1}
 */
public record ItemMatched(
        UUID eventId,
        Instant occurredAt,
        UUID itemId,
        UUID matchedItemId,
        Relation relation,
        double similarity,
        String method) {

    public enum Relation {
        SAME_INCIDENT,
        SAME_PROBLEM_ELSEWHERE
    }
}
