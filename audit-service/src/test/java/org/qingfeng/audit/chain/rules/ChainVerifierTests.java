package org.qingfeng.audit.chain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Over 10,000 records, every one of 100 random tamperings, each on a fresh copy, is found. */
class ChainVerifierTests {

    private static final int RECORDS = 10_000;
    private static final int ANCHOR_EVERY = 1_000;
    private static final ChainFixtures CHAIN = ChainFixtures.anyChain(RECORDS, ANCHOR_EVERY);
    private static final ChainVerifier VERIFIER = new ChainVerifier(ChainFixtures.SIGNER);

    enum Tampering {
        FIELD_CHANGED,
        FIELD_CHANGED_AND_REHASHED,
        RECORD_DELETED,
        RECORDS_SWAPPED,
        FORGED_RECORD_INSERTED,
        TAIL_TRUNCATED,
        ANCHOR_EDITED
    }

    /** What a tampering must be reported as: a finding of this kind covering this seq. */
    record Expected(Finding.Kind kind, long seq) {}

    @Test
    void reportsNothingOnAnIntactChain() {
        VerificationReport report = verify(CHAIN);

        assertThat(report.findings()).isEmpty();
        assertThat(report.records()).isEqualTo(RECORDS);
        assertThat(report.witnessedAnchors()).isEqualTo(RECORDS / ANCHOR_EVERY);
    }

    @Test
    void findsEachOfOneHundredRandomTamperings() {
        Random random = new Random(20261121L);
        Map<Tampering, Integer> drawn = new EnumMap<>(Tampering.class);
        long nanos = 0;
        for (int round = 0; round < 100; round++) {
            Tampering tampering = Tampering.values()[random.nextInt(Tampering.values().length)];
            ChainFixtures copy = CHAIN.copy();
            List<Expected> expected = tamper(tampering, copy, random);

            long started = System.nanoTime();
            VerificationReport report = verify(copy);
            nanos += System.nanoTime() - started;

            drawn.merge(tampering, 1, Integer::sum);
            for (Expected e : expected) {
                assertThat(report.findings())
                        .as("round %d, %s, expected %s", round, tampering, e)
                        .anyMatch(f -> f.kind() == e.kind() && f.seq() <= e.seq() && e.seq() <= f.toSeq());
            }
        }
        System.out.printf(
                "Tamperings found, by kind: %s; verification of %,d records took %.1f ms on average%n",
                drawn, RECORDS, nanos / 100 / 1e6);
        assertThat(drawn).containsOnlyKeys(Tampering.values());
    }

    @Test
    void refusesAnchorsSignedWithAnotherKey() {
        ChainFixtures copy = CHAIN.copy();
        AnchorSigner other = AnchorSigner.withKey("someone-else");
        copy.witnessLines().set(3, other.line(copy.storedAnchors().get(3)));

        assertThat(verify(copy).findings())
                .singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(Finding.Kind.ANCHOR_MISMATCH))
                .satisfies(f -> assertThat(f.seq()).isEqualTo(4 * ANCHOR_EVERY));
    }

    @Test
    void tellsARunOfMovedRecordsOnce() {
        ChainFixtures copy = CHAIN.copy();
        insertInTheMiddle(copy, 5_001);

        List<Finding> reordered = verify(copy).findings().stream()
                .filter(f -> f.kind() == Finding.Kind.REORDERED)
                .toList();
        assertThat(reordered).singleElement().satisfies(f -> {
            assertThat(f.seq()).isEqualTo(5_002);
            assertThat(f.toSeq()).isEqualTo(RECORDS + 1);
        });
    }

    private static VerificationReport verify(ChainFixtures chain) {
        return VERIFIER.verify(chain.records(), chain.witnessLines(), chain.storedAnchors());
    }

    private static List<Expected> tamper(Tampering tampering, ChainFixtures chain, Random random) {
        List<ChainLink> records = chain.records();
        int index = random.nextInt(records.size());
        long seq = index + 1L;
        long last = records.size();
        switch (tampering) {
            case FIELD_CHANGED -> {
                ChainLink link = records.get(index);
                records.set(index, new ChainLink(seq, changed(link.fields(), random), link.prevHash(), link.hash()));
                return List.of(new Expected(Finding.Kind.ALTERED, seq));
            }
            case FIELD_CHANGED_AND_REHASHED -> {
                ChainLink link = records.get(index);
                records.set(index, ChainLink.of(seq, changed(link.fields(), random), link.prevHash()));
                return List.of(new Expected(seq == last ? Finding.Kind.ANCHOR_MISMATCH : Finding.Kind.ALTERED, seq));
            }
            case RECORD_DELETED -> {
                records.remove(index);
                return List.of(new Expected(seq == last ? Finding.Kind.ANCHOR_MISMATCH : Finding.Kind.REMOVED, seq));
            }
            case RECORDS_SWAPPED -> {
                int other = random.nextInt(records.size() - 1);
                other = other >= index ? other + 1 : other;
                ChainLink a = records.get(index);
                ChainLink b = records.get(other);
                records.set(index, new ChainLink(a.seq(), b.fields(), b.prevHash(), b.hash()));
                records.set(other, new ChainLink(b.seq(), a.fields(), a.prevHash(), a.hash()));
                return List.of(
                        new Expected(Finding.Kind.REORDERED, a.seq()), new Expected(Finding.Kind.REORDERED, b.seq()));
            }
            case FORGED_RECORD_INSERTED -> {
                if (random.nextBoolean()) {
                    insertInTheMiddle(chain, seq);
                    return List.of(new Expected(Finding.Kind.INSERTED, seq));
                }
                String unlinked = ChainLink.of(1, changed(records.get(index).fields(), random), ChainLink.GENESIS)
                        .hash();
                records.add(ChainLink.of(last + 1, changed(records.get(index).fields(), random), unlinked));
                return List.of(new Expected(Finding.Kind.INSERTED, last + 1));
            }
            case TAIL_TRUNCATED -> {
                int cut = 1 + random.nextInt(500);
                records.subList(records.size() - cut, records.size()).clear();
                return List.of(new Expected(Finding.Kind.ANCHOR_MISMATCH, last - cut + 1));
            }
            case ANCHOR_EDITED -> {
                int line = random.nextInt(chain.witnessLines().size());
                Anchor anchor = chain.storedAnchors().get(line);
                String edited = chain.witnessLines()
                        .get(line)
                        .replace(anchor.hash(), records.get(index).hash());
                chain.witnessLines()
                        .set(line, edited.equals(chain.witnessLines().get(line)) ? edited + "0" : edited);
                return List.of(new Expected(Finding.Kind.ANCHOR_MISMATCH, anchor.seq()));
            }
            default -> throw new IllegalArgumentException(tampering.name());
        }
    }

    /** A forged, self-consistent record linked properly at {@code seq}, the records from there moved up one. */
    private static void insertInTheMiddle(ChainFixtures chain, long seq) {
        List<ChainLink> records = chain.records();
        int index = (int) seq - 1;
        String before = index == 0 ? ChainLink.GENESIS : records.get(index - 1).hash();
        List<ChainLink> moved = new ArrayList<>();
        for (ChainLink link : records.subList(index, records.size())) {
            moved.add(new ChainLink(link.seq() + 1, link.fields(), link.prevHash(), link.hash()));
        }
        records.subList(index, records.size()).clear();
        records.add(ChainLink.of(
                seq,
                changed(
                        records.isEmpty()
                                ? CHAIN.records().get(0).fields()
                                : records.get(records.size() - 1).fields(),
                        new Random(seq)),
                before));
        records.addAll(moved);
    }

    private static AuditFields changed(AuditFields f, Random random) {
        return switch (random.nextInt(4)) {
            case 0 ->
                new AuditFields(
                        f.eventId(),
                        f.occurredAt(),
                        f.service(),
                        "u-forged",
                        f.actorRoles(),
                        f.actorNode(),
                        f.action(),
                        f.targetType(),
                        f.targetId(),
                        f.scopeNode(),
                        f.reason(),
                        f.outcome(),
                        f.detail());
            case 1 ->
                new AuditFields(
                        f.eventId(),
                        f.occurredAt().plusSeconds(1),
                        f.service(),
                        f.actor(),
                        f.actorRoles(),
                        f.actorNode(),
                        f.action(),
                        f.targetType(),
                        f.targetId(),
                        f.scopeNode(),
                        f.reason(),
                        f.outcome(),
                        f.detail());
            case 2 ->
                new AuditFields(
                        f.eventId(),
                        f.occurredAt(),
                        f.service(),
                        f.actor(),
                        f.actorRoles(),
                        f.actorNode(),
                        f.action(),
                        f.targetType(),
                        f.targetId(),
                        "330281-999",
                        f.reason(),
                        f.outcome(),
                        f.detail());
            default ->
                new AuditFields(
                        f.eventId(),
                        f.occurredAt(),
                        f.service(),
                        f.actor(),
                        f.actorRoles(),
                        f.actorNode(),
                        f.action(),
                        f.targetType(),
                        f.targetId(),
                        f.scopeNode(),
                        f.reason(),
                        "DENIED".equals(f.outcome()) ? "GRANTED" : "DENIED",
                        f.detail());
        };
    }
}
