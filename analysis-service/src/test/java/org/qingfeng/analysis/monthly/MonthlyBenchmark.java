package org.qingfeng.analysis.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.monthly.CountyQuarterGenerator.Generated;
import org.qingfeng.analysis.monthly.rules.CellCount;
import org.qingfeng.analysis.monthly.rules.Detectors;
import org.qingfeng.analysis.monthly.rules.Finding;
import org.qingfeng.analysis.monthly.rules.Placement;
import org.qingfeng.analysis.monthly.rules.Summary;
import org.qingfeng.analysis.monthly.rules.Thresholds;

/**
 * Not part of the normal build (neither {@code *Tests} nor {@code *IT}); run it alone:
 *
 * <pre>
 * ./mvnw -B -o test -pl analysis-service -Dtest=MonthlyBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx2g
 * </pre>
 *
 * A province-month of {@link #ITEMS} items ({@link #COUNTIES} counties of {@link #TOWNSHIPS}
 * townships of {@link #UNITS} units, 5 subject areas, 4 channels) is written into the aggregates
 * through {@link MonthlyStore#apply} in polls of {@link #POLL}, into mongo-java-server in memory.
 * The history months the detectors read are written as counter-only cells (one channel), which is
 * all the detectors read of them. Then: the province's monthly analysis (cells of 13 months, the
 * detectors, the item ids of every finding) timed; the dashboard read of one county (the same work
 * as {@code GET /api/analysis/months/{m}} without HTTP and audit) timed {@link #READS} times into
 * an HdrHistogram; and, as the baseline, the same items as raw documents grouped by {@code $group}.
 */
class MonthlyBenchmark {

    static final int ITEMS = 1_300_000;
    static final int COUNTIES = 50;
    static final int TOWNSHIPS = 20;
    static final int UNITS = 5;
    static final int POLL = 500;
    static final int READS = 200;
    static final YearMonth MONTH = YearMonth.of(2026, 10);

    @Test
    void provinceMonth() {
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        try (MongoClient client =
                MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            MongoDatabase database = client.getDatabase("benchmark");
            MonthlyStore store = new MonthlyStore(database);
            Random random = new Random(6);
            Thresholds thresholds = Thresholds.defaults();

            long historyStart = System.nanoTime();
            int historyCells = seedHistory(database, random, thresholds.monthsBack());
            double historySeconds = seconds(historyStart);

            long loadStart = System.nanoTime();
            List<Generated> poll = new ArrayList<>(POLL);
            ZoneId zone = ZoneId.of("Asia/Shanghai");
            for (int i = 0; i < ITEMS; i++) {
                poll.add(anyItem(random));
                if (poll.size() == POLL || i == ITEMS - 1) {
                    store.apply(poll.stream()
                            .map(item -> ItemFact.of(CountyQuarterGenerator.submitted(item), zone))
                            .toList());
                    poll.clear();
                }
            }
            double loadSeconds = seconds(loadStart);

            long analysisStart = System.nanoTime();
            List<YearMonth> months = months(thresholds.monthsBack());
            List<CellCount> cells = store.cells(months, township -> true);
            List<Finding> findings = new Detectors(thresholds).detect(MONTH, "33", cells, unit -> null);
            List<CellCount> monthCells = cells.stream()
                    .filter(c -> c.month().equals(MONTH.toString()))
                    .toList();
            long items = Summary.of(monthCells).totals().items();
            long evidence = evidenceOf(store, findings, monthCells);
            double analysisSeconds = seconds(analysisStart);
            assertThat(items).isEqualTo(ITEMS);

            Histogram latency = new Histogram(60_000_000_000L, 3);
            for (int read = 0; read < READS; read++) {
                String county = county(read % COUNTIES);
                long start = System.nanoTime();
                List<CellCount> countyCells = store.cells(months, township -> township.startsWith(county + "-"));
                List<Finding> countyFindings =
                        new Detectors(thresholds).detect(MONTH, county, countyCells, unit -> null);
                List<CellCount> countyMonth = countyCells.stream()
                        .filter(c -> c.month().equals(MONTH.toString()))
                        .toList();
                Summary.of(countyMonth);
                evidenceOf(store, countyFindings, countyMonth);
                latency.recordValue(System.nanoTime() - start);
            }

            database.getCollection("monthly_items").drop();
            MongoCollection<Document> raw = database.getCollection("raw_items");
            Random rawRandom = new Random(6);
            seedHistory(null, rawRandom, thresholds.monthsBack());
            List<Document> batch = new ArrayList<>(1_000);
            for (int i = 0; i < ITEMS; i++) {
                Generated item = anyItem(rawRandom);
                batch.add(new Document("_id", item.itemId().toString())
                        .append("month", item.month().toString())
                        .append("township", item.township())
                        .append("unit", item.unit())
                        .append("subject", item.subject())
                        .append("channel", item.channel().name()));
                if (batch.size() == 1_000) {
                    raw.insertMany(batch);
                    batch.clear();
                }
            }
            long baselineStart = System.nanoTime();
            List<Document> groups = raw.aggregate(List.of(
                            Aggregates.match(Filters.eq("month", MONTH.toString())),
                            Aggregates.group(
                                    new Document("township", "$township")
                                            .append("unit", "$unit")
                                            .append("subject", "$subject")
                                            .append("channel", "$channel"),
                                    Accumulators.sum("items", 1))))
                    .into(new ArrayList<>());
            double baselineSeconds = seconds(baselineStart);

            System.out.printf(
                    "BENCHMARK history: %d cells in %.1f s%n"
                            + "BENCHMARK load: %d items through MonthlyStore.apply in %.1f s (%.0f items/s), %d cells this month%n"
                            + "BENCHMARK analysis (province, %d months of cells, %d findings, %d evidence ids): %.2f s%n"
                            + "BENCHMARK dashboard read of one county (%d reads): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n"
                            + "BENCHMARK baseline $group of %d raw items: %d groups in %.2f s%n",
                    historyCells,
                    historySeconds,
                    ITEMS,
                    loadSeconds,
                    ITEMS / loadSeconds,
                    monthCells.size(),
                    months.size(),
                    findings.size(),
                    evidence,
                    analysisSeconds,
                    READS,
                    latency.getValueAtPercentile(50) / 1e6,
                    latency.getValueAtPercentile(99) / 1e6,
                    latency.getMaxValue() / 1e6,
                    ITEMS,
                    groups.size(),
                    baselineSeconds);
        } finally {
            server.shutdownNow();
        }
    }

    /** Counter-only cells for the months before, Poisson around each unit-subject's rate; with no database, only draws the same numbers. */
    private static int seedHistory(MongoDatabase database, Random random, int monthsBack) {
        int written = 0;
        List<Document> cells = new ArrayList<>();
        for (int back = monthsBack; back >= 1; back--) {
            String month = MONTH.minusMonths(back).toString();
            for (int c = 0; c < COUNTIES; c++) {
                for (int t = 0; t < TOWNSHIPS; t++) {
                    String township = county(c) + "-" + (101 + t);
                    List<String> keys = new ArrayList<>();
                    for (int u = 0; u < UNITS; u++) {
                        for (String subject : CountyQuarterGenerator.SUBJECTS) {
                            long count = poisson(random, rate());
                            String key = String.join("|", month, township, township + "-U" + u, subject, "WEB_FORM");
                            keys.add(key);
                            cells.add(new Document("_id", key)
                                    .append("month", month)
                                    .append("township", township)
                                    .append("unit", township + "-U" + u)
                                    .append("subject", subject)
                                    .append("channel", "WEB_FORM")
                                    .append("items", count)
                                    .append("handled", count)
                                    .append("excluded", 0L));
                        }
                    }
                    if (database != null) {
                        database.getCollection("monthly_keys")
                                .insertOne(new Document("_id", month + "|" + township).append("cells", keys));
                        database.getCollection("monthly_cells").insertMany(cells);
                    }
                    written += cells.size();
                    cells.clear();
                }
            }
        }
        return written;
    }

    private static double rate() {
        return (double) ITEMS / (COUNTIES * TOWNSHIPS * UNITS * CountyQuarterGenerator.SUBJECTS.size());
    }

    private static Generated anyItem(Random random) {
        int c = random.nextInt(COUNTIES);
        int t = random.nextInt(TOWNSHIPS);
        int u = random.nextInt(UNITS);
        String township = county(c) + "-" + (101 + t);
        List<String> subjects = CountyQuarterGenerator.SUBJECTS;
        return new Generated(
                new UUID(random.nextLong(), random.nextLong()),
                MONTH,
                township,
                township + "-U" + u,
                subjects.get(random.nextInt(subjects.size())),
                CountyQuarterGenerator.CHANNELS.get(random.nextInt(CountyQuarterGenerator.CHANNELS.size())));
    }

    /** As {@link MonthlyAnalysis#evidence}: one read of every finding's cells, then the ids per finding. */
    private static long evidenceOf(MonthlyStore store, List<Finding> findings, List<CellCount> monthCells) {
        Map<Finding, List<String>> keysOf = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (Finding finding : findings) {
            List<String> cellKeys = monthCells.stream()
                    .filter(c -> c.subject().equals(finding.subjectArea())
                            && finding.unitCodes().contains(c.unit()))
                    .map(c -> Placement.cellKey(c.month(), c.township(), c.unit(), c.subject(), c.channel()))
                    .toList();
            keysOf.put(finding, cellKeys);
            keys.addAll(cellKeys);
        }
        Map<String, List<UUID>> items = store.problemItems(keys);
        long evidence = 0;
        for (Finding finding : findings) {
            evidence += keysOf.get(finding).stream()
                    .mapToLong(key -> items.getOrDefault(key, List.of()).size())
                    .sum();
        }
        return evidence;
    }

    private static List<YearMonth> months(int monthsBack) {
        List<YearMonth> months = new ArrayList<>();
        for (int back = monthsBack; back >= 0; back--) {
            months.add(MONTH.minusMonths(back));
        }
        return months;
    }

    private static String county(int c) {
        return "33" + (1000 + c);
    }

    private static long poisson(Random random, double rate) {
        double limit = Math.exp(-rate);
        double product = random.nextDouble();
        long count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
