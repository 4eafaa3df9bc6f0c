package org.qingfeng.intake.dedup.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The method measured on {@code dedup/labelled-pairs.tsv}: pairs of reports written for this project,
 * each labelled with what the second is to the first. Each pair goes through the whole pipeline the
 * listener runs: normalise, shingle, sign, share a bucket or not, then classify on the exact Jaccard.
 * Precision and recall are over the two relations (a pair labelled with a relation and found with the
 * same one is a true positive; found with another, or found where the label says none, a false
 * positive; labelled but not found, or found as the other relation, a false negative).
 */
class LabelledPairsTests {

    private static final Instant START = Instant.parse("2026-10-01T02:00:00Z");
    private static final DedupMethod METHOD = DedupMethod.MINHASH_LSH_1;

    /** Floors under the measured figures; a change that falls below them has made detection worse. */
    private static final double PRECISION_FLOOR = 0.9;

    private static final double RECALL_FLOOR = 0.8;

    private static List<Pair> pairs;

    @BeforeAll
    static void read() throws IOException {
        pairs = LabelledPairs.read();
    }

    @Test
    void theSetHasAtLeastFortyPairsOfEveryKind() {
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(40);
        assertThat(pairs).extracting(Pair::label).contains(Label.values());
    }

    @Test
    void precisionAndRecallStayAboveTheirFloors() {
        MinHash minHash = METHOD.minHash();
        Lsh lsh = METHOD.lsh();
        Classifier classifier = new Classifier(METHOD);

        long started = System.nanoTime();
        List<Signed> signed = pairs.stream()
                .map(p -> new Signed(sign(p.first(), minHash, lsh), sign(p.second(), minHash, lsh)))
                .toList();
        Duration signing = Duration.ofNanos(System.nanoTime() - started);

        Map<Label, Map<Label, Integer>> confusion = new EnumMap<>(Label.class);
        int truePositives = 0;
        int found = 0;
        int labelled = 0;
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            Signed s = signed.get(i);
            boolean candidate = !new HashSet<>(s.first().buckets())
                    .stream().filter(s.second().buckets()::contains).toList().isEmpty();
            Optional<Match> match = candidate
                    ? classifier.classify(s.second().report(), s.first().report())
                    : Optional.empty();
            Label predicted = match.map(m -> Label.valueOf(m.relation().name())).orElse(Label.NONE);
            confusion
                    .computeIfAbsent(pair.label(), l -> new EnumMap<>(Label.class))
                    .merge(predicted, 1, Integer::sum);
            if (predicted != Label.NONE) {
                found++;
            }
            if (pair.label() != Label.NONE) {
                labelled++;
                if (predicted == pair.label()) {
                    truePositives++;
                }
            }
            if (predicted != pair.label()) {
                double similarity = s.first()
                        .report()
                        .shingles()
                        .jaccard(s.second().report().shingles());
                System.out.printf(
                        Locale.ROOT,
                        "dedup miss: line %d labelled %s, found %s (Jaccard %.3f, candidate %s)%n",
                        pair.line(),
                        pair.label(),
                        predicted,
                        similarity,
                        candidate);
            }
        }
        double precision = found == 0 ? 0 : (double) truePositives / found;
        double recall = labelled == 0 ? 0 : (double) truePositives / labelled;

        System.out.printf(
                Locale.ROOT,
                "dedup %s: precision %.2f recall %.2f on %d pairs (signing %d texts took %d ms)%n",
                METHOD.name(),
                precision,
                recall,
                pairs.size(),
                pairs.size() * 2,
                signing.toMillis());
        confusion.forEach(
                (label, row) -> System.out.printf(Locale.ROOT, "dedup confusion: labelled %s -> %s%n", label, row));

        assertThat(precision).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(recall).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    private static SignedReport sign(Side side, MinHash minHash, Lsh lsh) {
        Shingles shingles = Shingles.ofText(side.text());
        long[] signature = minHash.sign(shingles);
        Report report = Report.first(
                UUID.randomUUID(), side.regionCode(), side.townshipCode(), side.unitCode(), side.at(), shingles);
        return new SignedReport(report, lsh.buckets(signature));
    }

    enum Label {
        SAME_INCIDENT,
        SAME_PROBLEM_ELSEWHERE,
        NONE
    }

    record Side(String regionCode, String townshipCode, String unitCode, String text, Instant at) {}

    record Pair(int line, Label label, Side first, Side second) {}

    record SignedReport(Report report, List<String> buckets) {}

    record Signed(SignedReport first, SignedReport second) {}

    /** Reads the tab-separated file; lines starting with {@code #} are comments. */
    static final class LabelledPairs {

        static List<Pair> read() throws IOException {
            List<Pair> read = new ArrayList<>();
            try (InputStream in = Objects.requireNonNull(
                            LabelledPairsTests.class.getResourceAsStream("/dedup/labelled-pairs.tsv"));
                    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                int number = 0;
                while ((line = lines.readLine()) != null) {
                    number++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    if (f.length != 10) {
                        throw new IllegalStateException("line " + number + " has " + f.length + " columns, not 10");
                    }
                    Instant second = START.plus(Duration.ofDays(Long.parseLong(f[1])));
                    read.add(new Pair(
                            number,
                            Label.valueOf(f[0]),
                            new Side(f[2], f[3], f[4], f[5], START),
                            new Side(f[6], f[7], f[8], f[9], second)));
                }
            }
            return read;
        }
    }
}
