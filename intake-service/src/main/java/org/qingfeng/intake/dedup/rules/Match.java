package org.qingfeng.intake.dedup.rules;

import java.util.UUID;
import org.qingfeng.contracts.intake.ItemMatched.Relation;

/**
 * What a report was found to be.
 *
 * @param matchedItemId for {@code SAME_INCIDENT} the incident's first report, for {@code
 *     SAME_PROBLEM_ELSEWHERE} the report it resembles
 * @param candidateId the report whose text it was compared with
 * @param similarity the exact bigram Jaccard of the two texts
 */
public record Match(UUID matchedItemId, UUID candidateId, Relation relation, double similarity) {}
