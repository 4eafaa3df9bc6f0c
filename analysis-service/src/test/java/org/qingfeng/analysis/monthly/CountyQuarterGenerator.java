package org.qingfeng.analysis.monthly;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.qingfeng.analysis.monthly.rules.CellCount;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;

/**
 * A county's items over a quarter and the {@link #HISTORY} months before it, seeded: each unit has
 * {@link #USUAL} subject areas of its own with a Poisson rate drawn from [{@code minRate},
 * {@code maxRate}] per month, and nothing of the others. Four patterns are planted on top:
 *
 * <ul>
 *   <li>a rise: township 0, unit 0, its first usual subject, {@link #RISE} items in the quarter's last month;
 *   <li>a widespread problem: {@link #SPREAD_SUBJECT}, 3 items in unit 1 of townships 1, 2 and 3 in the last month;
 *   <li>a recurrence: township 1, unit 2, its first usual subject, 4 items in each month of the quarter;
 *   <li>an emerging subject: {@link #NEW_SUBJECT}, 3 items in township 3, unit 2, in the quarter's middle month.
 * </ul>
 *
 * Needs at least 4 townships of 3 units.
 */
public final class CountyQuarterGenerator {

    public static final int HISTORY = 12;
    public static final int USUAL = 2;
    public static final int RISE = 10;
    public static final String SPREAD_SUBJECT = "banquets";
    public static final String NEW_SUBJECT = "gifts";
    static final List<String> SUBJECTS =
            List.of("work-style", "law-enforcement", "medical-ethics", "land-use", "subsidies");
    static final List<Channel> CHANNELS =
            List.of(Channel.WEB_FORM, Channel.HOTLINE, Channel.LETTER, Channel.CONTACT_CARD);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final String county;
    private final int townships;
    private final int unitsPerTownship;
    private final double minRate;
    private final double maxRate;
    private final YearMonth quarterStart;

    public CountyQuarterGenerator(
            String county,
            int townships,
            int unitsPerTownship,
            double minRate,
            double maxRate,
            YearMonth quarterStart) {
        this.county = county;
        this.townships = townships;
        this.unitsPerTownship = unitsPerTownship;
        this.minRate = minRate;
        this.maxRate = maxRate;
        this.quarterStart = quarterStart;
    }

    /** One generated item: where and when, without text. */
    public record Generated(
            UUID itemId, YearMonth month, String township, String unit, String subject, Channel channel) {}

    /** A planted pattern: the kind expected, the month, the units and the subject area. */
    public record Plant(FindingKind kind, YearMonth month, List<String> units, String subject) {}

    public String township(int t) {
        return county + "-" + (101 + t);
    }

    public String unit(int t, int u) {
        return township(t) + "-U" + u;
    }

    public List<YearMonth> quarter() {
        return List.of(quarterStart, quarterStart.plusMonths(1), quarterStart.plusMonths(2));
    }

    public List<Plant> plants() {
        YearMonth last = quarterStart.plusMonths(2);
        return List.of(
                new Plant(
                        FindingKind.TRENDING,
                        last,
                        List.of(unit(0, 0)),
                        usual(0, 0).get(0)),
                new Plant(FindingKind.WIDESPREAD, last, List.of(unit(1, 1), unit(2, 1), unit(3, 1)), SPREAD_SUBJECT),
                new Plant(
                        FindingKind.RECURRING,
                        last,
                        List.of(unit(1, 2)),
                        usual(1, 2).get(0)),
                new Plant(FindingKind.EMERGING, quarterStart.plusMonths(1), List.of(unit(3, 2)), NEW_SUBJECT));
    }

    /** The unit's usual subject areas: the same for the same county, townships and unit, whatever the seed. */
    public List<String> usual(int t, int u) {
        Random pick = new Random(31L * t + u);
        List<String> shuffled = new ArrayList<>(SUBJECTS);
        Collections.shuffle(shuffled, pick);
        return shuffled.subList(0, USUAL);
    }

    public List<Generated> generate(long seed) {
        Random random = new Random(seed);
        List<Generated> items = new ArrayList<>();
        YearMonth first = quarterStart.minusMonths(HISTORY);
        for (int t = 0; t < townships; t++) {
            for (int u = 0; u < unitsPerTownship; u++) {
                for (String subject : usual(t, u)) {
                    double rate = minRate + (maxRate - minRate) * random.nextDouble();
                    for (YearMonth month = first;
                            !month.isAfter(quarterStart.plusMonths(2));
                            month = month.plusMonths(1)) {
                        add(items, random, month, t, u, subject, poisson(random, rate));
                    }
                }
            }
        }
        YearMonth last = quarterStart.plusMonths(2);
        add(items, random, last, 0, 0, usual(0, 0).get(0), RISE);
        for (int t = 1; t <= 3; t++) {
            add(items, random, last, t, 1, SPREAD_SUBJECT, 3);
        }
        for (YearMonth month : quarter()) {
            add(items, random, month, 1, 2, usual(1, 2).get(0), 4);
        }
        add(items, random, quarterStart.plusMonths(1), 3, 2, NEW_SUBJECT, 3);
        return items;
    }

    /** The cells the aggregates would hold for these items (none decided). */
    public static List<CellCount> cells(List<Generated> items) {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, Generated> examples = new HashMap<>();
        items.forEach(item -> {
            String key = String.join(
                    "|",
                    item.month().toString(),
                    item.township(),
                    item.unit(),
                    item.subject(),
                    item.channel().name());
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            examples.putIfAbsent(key, item);
        });
        List<CellCount> cells = new ArrayList<>();
        counts.forEach((key, count) -> {
            Generated item = examples.get(key);
            cells.add(new CellCount(
                    item.month().toString(),
                    item.township(),
                    item.unit(),
                    item.subject(),
                    item.channel().name(),
                    count[0],
                    0,
                    0));
        });
        return cells;
    }

    /** The item as intake would publish it, submitted mid-month. */
    public static ItemSubmitted submitted(Generated item) {
        Instant at = LocalDate.of(item.month().getYear(), item.month().getMonth(), 15)
                .atTime(10, 0)
                .atZone(ZONE)
                .toInstant();
        ItemDetails details = new ItemDetails(
                item.township() + "-001",
                item.township(),
                item.unit(),
                item.subject(),
                null,
                Urgency.ROUTINE,
                item.channel(),
                "生成的事项 / generated item",
                null);
        return new ItemSubmitted(
                EventIds.derive("item-submitted", item.itemId()),
                at,
                item.itemId(),
                SubmitterKind.ANONYMOUS,
                details,
                null);
    }

    private void add(List<Generated> items, Random random, YearMonth month, int t, int u, String subject, int count) {
        for (int i = 0; i < count; i++) {
            UUID itemId = new UUID(random.nextLong(), random.nextLong());
            items.add(new Generated(
                    itemId, month, township(t), unit(t, u), subject, CHANNELS.get(random.nextInt(CHANNELS.size()))));
        }
    }

    private static int poisson(Random random, double rate) {
        double limit = Math.exp(-rate);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
