package org.qingfeng.intake.reviewer.rules;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every reviewer's name digests, indexed by digest: an item's candidates are looked up once each,
 * however many reviewers there are.
 */
public final class RegisteredNames {

    private static final RegisteredNames NONE = new RegisteredNames(Map.of());

    private final Map<String, Set<String>> reviewersByDigest;

    private RegisteredNames(Map<String, Set<String>> reviewersByDigest) {
        this.reviewersByDigest = reviewersByDigest;
    }

    public static RegisteredNames none() {
        return NONE;
    }

    /** @param digestsByReviewer each reviewer's subject and name digests */
    public static RegisteredNames of(Map<String, ? extends Collection<String>> digestsByReviewer) {
        Map<String, Set<String>> index = new HashMap<>();
        digestsByReviewer.forEach((reviewer, digests) -> digests.forEach(
                digest -> index.computeIfAbsent(digest, d -> new HashSet<>()).add(reviewer)));
        index.replaceAll((digest, reviewers) -> Set.copyOf(reviewers));
        return new RegisteredNames(Map.copyOf(index));
    }

    public boolean isEmpty() {
        return reviewersByDigest.isEmpty();
    }

    /** The reviewers one of whose names is among {@code candidateDigests}, in subject order. */
    public Set<String> reviewersNamedBy(Collection<String> candidateDigests) {
        Set<String> named = new TreeSet<>();
        for (String digest : candidateDigests) {
            named.addAll(reviewersByDigest.getOrDefault(digest, Set.of()));
        }
        return named;
    }
}
