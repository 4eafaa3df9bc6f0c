package org.qingfeng.disposal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.disposal.bench.BenchCounty;
import org.qingfeng.disposal.bulletin.rules.BulletinDocument;
import org.qingfeng.disposal.bulletin.rules.MonthlyBulletin;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.cases.Cases;
import org.qingfeng.disposal.cases.CasesBench;
import org.qingfeng.disposal.cases.rules.CaseMachine;
import org.qingfeng.disposal.cases.rules.Standing;
import org.qingfeng.disposal.notice.NoticeBench;
import org.qingfeng.disposal.notice.rules.OfficialDocument;
import org.qingfeng.disposal.station.StationBench;
import org.qingfeng.support.calendar.WorkingDayCalendar;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Not part of the normal build (neither {@code *Tests} nor {@code *IT}); run it alone:
 *
 * <pre>
 * ./mvnw -B -o test -pl disposal-service -Dtest=DisposalBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx2g
 * </pre>
 *
 * {@code -Dbench.sizes=2000,6000} chooses the numbers of cases (default {@code 2000,20000}; on
 * mongo-java-server the load grows with the square of the cases, see docs/benchmarks.md, issue 7).
 *
 * For a county ({@code 2,000} cases) and a city ({@code 20,000}), each into its own mongo-java-server
 * (memory backend, same JVM, over the wire protocol): the cases' steps, made by the real state
 * machine and replayed in time order, through the projection's own write path in polls of
 * {@link #POLL}; then the reads other features make of it ({@code unfinished}, a month's
 * {@code steppedBetween}, {@code find}), the station's list as its controller serves it, and the
 * deadline sweep over as many unfinished cases with none and with 5% due. Once: a notice as PDF and
 * as OFD with {@code wqy-zenhei.ttc}, and the monthly bulletin of {@link #BULLETIN_ROWS} cases as PDF.
 * It prints figures and asserts only that the work was done, never how fast.
 */
class DisposalBenchmark {

    static final int POLL = 500;
    static final int FINDS = 1_000;
    static final int RENDERS = 200;
    static final int BULLETIN_ROWS = 500;
    static final YearMonth MONTH = YearMonth.of(2026, 10);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Far enough ahead that every running deadline has passed: {@code missedDeadline} then names it. */
    private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");

    private final BenchCounty county = new BenchCounty();
    private final WorkingDayCalendar calendar = BenchCounty.calendar();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void countyAndCity() {
        documents();
        for (String size : System.getProperty("bench.sizes", "2000,20000").split(",")) {
            int cases = Integer.parseInt(size.trim());
            projection(cases, cases <= 5_000 ? 100 : 10);
        }
    }

    private void projection(int size, int listReads) {
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        try (MongoClient client =
                MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            MongoDatabase database = client.getDatabase("benchmark");
            CasesBench bench = new CasesBench(database, calendar, BenchCounty.NOW);
            Map<UUID, List<CaseStepped>> cases = county.cases(size, size, false);
            List<CaseStepped> steps = BenchCounty.inTopicOrder(cases);

            double loadSeconds = load(bench, steps);
            Cases read = bench.cases();
            // The parts the write and the reads spend outside mongo: a step to a BSON document as
            // CaseStore.write makes it, and the whole collection fetched without turning it into views.
            long convertStart = System.nanoTime();
            steps.forEach(step -> Document.parse(EventJson.mapper().writeValueAsString(step)));
            double convertSeconds = (System.nanoTime() - convertStart) / 1e9;
            MongoCollection<Document> raw = database.getCollection("cases");
            Histogram rawScans =
                    timed(listReads, () -> raw.find().into(new ArrayList<>()).size());

            int unfinished = read.unfinished().size();
            Histogram unfinishedReads = timed(10, () -> read.unfinished().size());
            Instant from = MONTH.atDay(1).atStartOfDay(ZONE).toInstant();
            Instant next = MONTH.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
            List<CaseView> month = read.steppedBetween(from, next);
            Histogram monthReads =
                    timed(10, () -> read.steppedBetween(from, next).size());

            List<UUID> ids = new ArrayList<>(cases.keySet());
            Random random = new Random(size);
            Histogram finds = new Histogram(3_600_000_000_000L, 3);
            for (int i = 0; i < FINDS; i++) {
                UUID id = ids.get(random.nextInt(ids.size()));
                long start = System.nanoTime();
                boolean found = read.find(id).isPresent();
                finds.recordValue(System.nanoTime() - start);
                assertThat(found).isTrue();
            }

            StationBench station = new StationBench(read, county, county.ancestry(), BenchCounty.NOW);
            StationBench.signIn(BenchCounty.ROOT, "WORK_STATION_STAFF");
            StationBench.Listed whole = station.list();
            assertThat(whole.counted()).isEqualTo(size);
            Histogram stationLists = timed(listReads, () -> station.list().rows());
            StationBench.signIn(BenchCounty.township(0), "TOWNSHIP_STAFF");
            StationBench.Listed township = station.list();
            Histogram townshipLists = timed(listReads, () -> station.list().rows());

            List<CaseView> rows = month.subList(0, Math.min(BULLETIN_ROWS, month.size()));
            MonthlyBulletin bulletin = MonthlyBulletin.of(MONTH, ZONE, rows, county::nameOf, BenchCounty.NOW);
            OfficialDocument bulletinDocument =
                    BulletinDocument.compose(bulletin, "宁海县纪检监察工作站", LocalDate.of(2026, 11, 20));
            NoticeBench documents = new NoticeBench(database, read, county, county.ancestry(), BenchCounty.ROOT);
            int bulletinBytes = documents.pdf(bulletinDocument).length;
            Histogram bulletinRenders = timed(10, () -> documents.pdf(bulletinDocument).length);

            System.out.printf(
                    "BENCHMARK [%d cases] load: %d steps (%d cases, %d unfinished) through CaseStore.apply in polls of %d:"
                            + " %.1f s, %.0f steps/s%n"
                            + "BENCHMARK [%d cases] of which step -> JSON -> BSON Document alone: %.1f s%n"
                            + "BENCHMARK [%d cases] every case document fetched, not viewed (find().into) x %d: %s%n"
                            + "BENCHMARK [%d cases] Cases.unfinished() -> %d: %s%n"
                            + "BENCHMARK [%d cases] Cases.steppedBetween(%s) -> %d: %s%n"
                            + "BENCHMARK [%d cases] Cases.find(id) x %d: %s%n"
                            + "BENCHMARK [%d cases] station list, work station (%d rows, counts over %d) x %d: %s%n"
                            + "BENCHMARK [%d cases] station list, one township (%d rows, counts over %d) x %d: %s%n"
                            + "BENCHMARK [%d cases] bulletin %s PDF, %d rows, %d bytes x 10: %s%n",
                    size,
                    steps.size(),
                    cases.size(),
                    unfinished,
                    POLL,
                    loadSeconds,
                    steps.size() / loadSeconds,
                    size,
                    convertSeconds,
                    size,
                    listReads,
                    ms(rawScans),
                    size,
                    unfinished,
                    ms(unfinishedReads),
                    size,
                    MONTH,
                    month.size(),
                    ms(monthReads),
                    size,
                    FINDS,
                    ms(finds),
                    size,
                    whole.rows(),
                    whole.counted(),
                    listReads,
                    ms(stationLists),
                    size,
                    township.rows(),
                    township.counted(),
                    listReads,
                    ms(townshipLists),
                    size,
                    MONTH,
                    bulletin.rows().size(),
                    bulletinBytes,
                    ms(bulletinRenders));
            database.drop();
            sweep(client.getDatabase("sweep"), size);
        } finally {
            server.shutdownNow();
        }
    }

    /** The sweeper over {@code size} unfinished cases: at an instant none is due, then one 5% are. */
    private void sweep(MongoDatabase database, int size) {
        CasesBench bench = new CasesBench(database, calendar, BenchCounty.NOW);
        Map<UUID, List<CaseStepped>> cases = county.cases(size, size + 1, true);
        List<CaseStepped> steps = BenchCounty.inTopicOrder(cases);
        double loadSeconds = load(bench, steps);
        List<Instant> deadlines = new ArrayList<>();
        for (List<CaseStepped> history : cases.values()) {
            Instant deadline = CaseMachine.missedDeadline(Standing.of(history), FAR);
            deadlines.add(deadline);
        }
        deadlines.sort(null);
        assertThat(deadlines).hasSize(size);
        Instant noneDue = deadlines.get(0);
        Instant fivePercentDue = deadlines.get(size / 20 - 1).plusMillis(1);

        assertThat(bench.sweep(noneDue)).isZero();
        Histogram idle = timed(10, () -> bench.sweep(noneDue), 0);

        long start = System.nanoTime();
        int escalated = bench.sweep(fivePercentDue);
        double firstSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(escalated).isGreaterThanOrEqualTo(size / 20);
        int published = bench.published();
        Histogram again = timed(3, () -> bench.sweep(fivePercentDue));

        System.out.printf(
                "BENCHMARK [%d cases] sweep store: %d steps of %d unfinished cases loaded in %.1f s (%.0f steps/s)%n"
                        + "BENCHMARK [%d cases] sweep, none due, x 10: %s%n"
                        + "BENCHMARK [%d cases] sweep, %d due (%.1f%%): first %.0f ms (%d records published),"
                        + " again (numbers claimed, nothing projected) x 3: %s%n",
                size,
                steps.size(),
                size,
                loadSeconds,
                steps.size() / loadSeconds,
                size,
                ms(idle),
                size,
                escalated,
                100.0 * escalated / size,
                firstSeconds * 1e3,
                published,
                ms(again));
        database.drop();
    }

    /** A notice as PDF and OFD, {@link #RENDERS} times each, over the notices of a small county. */
    private void documents() {
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        try (MongoClient client =
                MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            MongoDatabase database = client.getDatabase("documents");
            CasesBench bench = new CasesBench(database, calendar, BenchCounty.NOW);
            Map<UUID, List<CaseStepped>> cases = county.cases(RENDERS, 1, false);
            load(bench, BenchCounty.inTopicOrder(cases));
            List<CaseStepped> notices = cases.values().stream()
                    .flatMap(List::stream)
                    .filter(s -> s.step() == CaseStepped.Step.NOTICE_ISSUED)
                    .toList();
            NoticeBench documents =
                    new NoticeBench(database, bench.cases(), county, county.ancestry(), BenchCounty.ROOT);

            long start = System.nanoTime();
            int firstPdf = documents.pdf(notices.get(0).caseId(), notices.get(0).sequence()).length;
            double coldPdf = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            int firstOfd = documents.ofd(notices.get(0).caseId(), notices.get(0).sequence()).length;
            double coldOfd = (System.nanoTime() - start) / 1e6;

            long[] pdfBytes = new long[RENDERS];
            long[] ofdBytes = new long[RENDERS];
            Histogram pdf = new Histogram(3_600_000_000_000L, 3);
            Histogram ofd = new Histogram(3_600_000_000_000L, 3);
            for (int warm = 0; warm < 20; warm++) {
                CaseStepped notice = notices.get(warm % notices.size());
                documents.pdf(notice.caseId(), notice.sequence());
                documents.ofd(notice.caseId(), notice.sequence());
            }
            for (int i = 0; i < RENDERS; i++) {
                CaseStepped notice = notices.get(i % notices.size());
                long t = System.nanoTime();
                pdfBytes[i] = documents.pdf(notice.caseId(), notice.sequence()).length;
                pdf.recordValue(System.nanoTime() - t);
                t = System.nanoTime();
                ofdBytes[i] = documents.ofd(notice.caseId(), notice.sequence()).length;
                ofd.recordValue(System.nanoTime() - t);
            }
            // The bulletin's OFD once too: its table carries far more glyphs than a notice.
            List<CaseView> all = new ArrayList<>();
            cases.keySet().forEach(id -> bench.cases().find(id).ifPresent(all::add));
            MonthlyBulletin bulletin = MonthlyBulletin.of(MONTH, ZONE, all, county::nameOf, BenchCounty.NOW);
            OfficialDocument document = BulletinDocument.compose(bulletin, "宁海县纪检监察工作站", LocalDate.of(2026, 11, 20));
            int bulletinOfd =
                    documents.ofd(document, EventIds.derive("bulletin", "bench"), LocalDate.of(2026, 11, 20)).length;

            System.out.printf(
                    "BENCHMARK notice PDF: first (font load) %.0f ms, %d bytes; x %d: %s; bytes min/avg/max %s%n"
                            + "BENCHMARK notice OFD: first %.0f ms, %d bytes; x %d: %s; bytes min/avg/max %s%n"
                            + "BENCHMARK bulletin OFD, %d rows: %d bytes%n",
                    coldPdf,
                    firstPdf,
                    RENDERS,
                    ms(pdf),
                    sizes(pdfBytes),
                    coldOfd,
                    firstOfd,
                    RENDERS,
                    ms(ofd),
                    sizes(ofdBytes),
                    bulletin.rows().size(),
                    bulletinOfd);
        } finally {
            server.shutdownNow();
        }
    }

    private static double load(CasesBench bench, List<CaseStepped> steps) {
        long start = System.nanoTime();
        int applied = 0;
        for (int from = 0; from < steps.size(); from += POLL) {
            applied += bench.apply(steps.subList(from, Math.min(steps.size(), from + POLL)));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(applied).isEqualTo(steps.size());
        return seconds;
    }

    /** Two warm-up runs, then {@code runs} timed ones; each must answer something. */
    private static Histogram timed(int runs, IntSupplier work) {
        return timed(runs, work, 1);
    }

    /** Two warm-up runs, then {@code runs} timed ones; each must answer at least {@code least}. */
    private static Histogram timed(int runs, IntSupplier work, int least) {
        Histogram histogram = new Histogram(3_600_000_000_000L, 3);
        for (int warm = 0; warm < 2; warm++) {
            assertThat(work.getAsInt()).isGreaterThanOrEqualTo(least);
        }
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            int answered = work.getAsInt();
            histogram.recordValue(System.nanoTime() - start);
            assertThat(answered).isGreaterThanOrEqualTo(least);
        }
        return histogram;
    }

    private static String ms(Histogram h) {
        return String.format(
                "p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6, h.getMaxValue() / 1e6);
    }

    private static String sizes(long[] bytes) {
        long min = Long.MAX_VALUE;
        long max = 0;
        long sum = 0;
        for (long b : bytes) {
            min = Math.min(min, b);
            max = Math.max(max, b);
            sum += b;
        }
        return min + "/" + (sum / bytes.length) + "/" + max;
    }
}
