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
import org.qingfeng.contracts.intake.InformantStatus;

/**
 * An immutable snapshot of the roster by token, with the keyed digests of every informant's name
 * (dismissed ones too: their names must stay out of published text as well), and the informants by
 * the keyed digests of their phone and e-mail, which SMS and e-mail senders are matched by. A record
 * replaces the one held only when its version is newer, so a replay never turns the roster back.
 */
public final class Roster {

    private static final Roster EMPTY = new Roster(Map.of(), Set.of(), Map.of(), Map.of());

    private final Map<String, InformantRecorded> byToken;
    private final Set<String> nameDigests;
    private final Map<String, InformantRecorded> byPhoneDigest;
    private final Map<String, InformantRecorded> byEmailDigest;

    private Roster(
            Map<String, InformantRecorded> byToken,
            Set<String> nameDigests,
            Map<String, InformantRecorded> byPhoneDigest,
            Map<String, InformantRecorded> byEmailDigest) {
        this.byToken = Map.copyOf(byToken);
        this.nameDigests = Set.copyOf(nameDigests);
        this.byPhoneDigest = Map.copyOf(byPhoneDigest);
        this.byEmailDigest = Map.copyOf(byEmailDigest);
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
        Map<String, InformantRecorded> phones = new HashMap<>();
        Map<String, InformantRecorded> emails = new HashMap<>();
        for (InformantRecorded record : next.values()) {
            digests.add(record.nameDigest());
            if (record.phoneDigest() != null) {
                phones.merge(record.phoneDigest(), record, Roster::likelierSender);
            }
            if (record.emailDigest() != null) {
                emails.merge(record.emailDigest(), record, Roster::likelierSender);
            }
        }
        return new Roster(next, digests, phones, emails);
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

    /** The informant whose phone has this keyed digest: an active one before others, then the latest appointed. */
    public Optional<InformantRecorded> byPhoneDigest(String digest) {
        return Optional.ofNullable(byPhoneDigest.get(digest));
    }

    /** The informant whose e-mail address has this keyed digest, chosen as {@link #byPhoneDigest}. */
    public Optional<InformantRecorded> byEmailDigest(String digest) {
        return Optional.ofNullable(byEmailDigest.get(digest));
    }

    public boolean hasNameDigest(String digest) {
        return nameDigests.contains(digest);
    }

    public int size() {
        return byToken.size();
    }

    /**
     * One phone or address held by two informants (a person dismissed, then appointed again under a
     * new number): the active one sends, else the one appointed last.
     */
    private static InformantRecorded likelierSender(InformantRecorded a, InformantRecorded b) {
        boolean aActive = a.status() == InformantStatus.ACTIVE;
        if (aActive != (b.status() == InformantStatus.ACTIVE)) {
            return aActive ? a : b;
        }
        int byDay = a.appointedOn().compareTo(b.appointedOn());
        if (byDay != 0) {
            return byDay > 0 ? a : b;
        }
        return a.informantToken().compareTo(b.informantToken()) <= 0 ? a : b;
    }

    private static InformantRecorded newer(InformantRecorded held, InformantRecorded incoming) {
        return incoming.version() > held.version() ? incoming : held;
    }
}
