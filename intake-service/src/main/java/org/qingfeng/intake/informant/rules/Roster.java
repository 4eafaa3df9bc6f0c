package org.qingfeng.intake.informant.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qingfeng.contracts.intake.InformantRecorded;

/**
 * An immutable snapshot of the roster by token, with the keyed digests of every informant's name
 * (dismissed ones too: their names must stay out of published text as well). A record replaces the
 * one held only when its version is newer, so a replay never turns the roster back.
 */
public final class Roster {

    private static final Roster EMPTY = new Roster(Map.of(), Set.of());

    private final Map<String, InformantRecorded> byToken;
    private final Set<String> nameDigests;

    private Roster(Map<String, InformantRecorded> byToken, Set<String> nameDigests) {
        this.byToken = Map.copyOf(byToken);
        this.nameDigests = Set.copyOf(nameDigests);
    }

    public static Roster empty() {
        return EMPTY;
    }

    public static Roster of(Collection<InformantRecorded> records) {
        return EMPTY.with(records);
    }

    /** This roster with {@code changed} applied where newer than what it holds. */
    public Roster with(Collection<InformantRecorded> changed) {
        Map<String, InformantRecorded> next = new HashMap<>(byToken);
        changed.forEach(record -> next.merge(record.informantToken(), record, Roster::newer));
        Set<String> digests = new HashSet<>();
        next.values().forEach(record -> digests.add(record.nameDigest()));
        return new Roster(next, digests);
    }

    public Optional<InformantRecorded> informant(String token) {
        return Optional.ofNullable(byToken.get(token));
    }

    /** Every informant, by home node then token. */
    public List<InformantRecorded> informants() {
        return byToken.values().stream()
                .sorted(Comparator.comparing(InformantRecorded::homeNodeCode)
                        .thenComparing(InformantRecorded::informantToken))
                .toList();
    }

    public boolean hasNameDigest(String digest) {
        return nameDigests.contains(digest);
    }

    public int size() {
        return byToken.size();
    }

    private static InformantRecorded newer(InformantRecorded held, InformantRecorded incoming) {
        return incoming.version() > held.version() ? incoming : held;
    }
}
