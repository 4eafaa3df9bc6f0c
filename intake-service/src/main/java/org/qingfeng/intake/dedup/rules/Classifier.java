package org.qingfeng.intake.dedup.rules;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.qingfeng.contracts.intake.ItemMatched.Relation;

/**
 * Decides what a report is to an earlier one, on the exact bigram Jaccard of their texts:
 *
 * <ul>
 *   <li>{@code SAME_INCIDENT}: similarity at least {@code sameIncident}, the same unit, the same
 *       place ({@link Report#samePlaceAs}) and submitted within {@code incidentWindow} of each other;
 *   <li>{@code SAME_PROBLEM_ELSEWHERE}: similarity at least {@code sameProblem} and another place or
 *       another unit;
 *   <li>nothing otherwise: in particular the same place and unit but too far apart in time, or not
 *       similar enough to be the same incident, which triage may still link by hand.
 * </ul>
 *
 * Against several candidates the best counts: an incident before a link, then the higher similarity,
 * then the earlier report.
 */
public final class Classifier {

    private static final Comparator<Match> BEST = Comparator.comparing(
                    (Match m) -> m.relation() == Relation.SAME_INCIDENT)
            .thenComparingDouble(Match::similarity);

    private final DedupMethod method;

    public Classifier(DedupMethod method) {
        this.method = method;
    }

    public Optional<Match> classify(Report report, Report earlier) {
        double similarity = report.shingles().jaccard(earlier.shingles());
        boolean samePlaceAndUnit =
                report.samePlaceAs(earlier) && report.unitCode().equals(earlier.unitCode());
        if (samePlaceAndUnit) {
            boolean inWindow =
                    Duration.between(earlier.at(), report.at()).abs().compareTo(method.incidentWindow()) <= 0;
            return similarity >= method.sameIncident() && inWindow
                    ? Optional.of(new Match(earlier.incident(), earlier.itemId(), Relation.SAME_INCIDENT, similarity))
                    : Optional.empty();
        }
        return similarity >= method.sameProblem()
                ? Optional.of(
                        new Match(earlier.itemId(), earlier.itemId(), Relation.SAME_PROBLEM_ELSEWHERE, similarity))
                : Optional.empty();
    }

    /** The best match among {@code candidates} (the report itself among them is passed over). */
    public Optional<Match> best(Report report, Collection<Report> candidates) {
        Comparator<Report> order = Comparator.comparing(Report::at).thenComparing(Report::itemId);
        return candidates.stream()
                .filter(c -> !c.itemId().equals(report.itemId()))
                .sorted(order)
                .map(c -> classify(report, c))
                .flatMap(Optional::stream)
                .reduce((best, next) -> BEST.compare(next, best) > 0 ? next : best);
    }
}
