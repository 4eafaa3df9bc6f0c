package org.qingfeng.disposal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.disposal.cases.rules.CaseFacts;
import org.qingfeng.disposal.cases.rules.CaseMachine;
import org.qingfeng.disposal.cases.rules.Change;
import org.qingfeng.disposal.cases.rules.Deadlines;
import org.qingfeng.disposal.cases.rules.Ladders;
import org.qingfeng.disposal.cases.rules.Move;
import org.qingfeng.disposal.cases.rules.Opening;
import org.qingfeng.disposal.cases.rules.Standing;
import org.qingfeng.disposal.network.NodeDirectory;
import org.qingfeng.disposal.network.rules.NetworkNode;
import org.qingfeng.support.calendar.CalendarProperties;
import org.qingfeng.support.calendar.WorkingDayCalendar;
import org.qingfeng.support.security.NodeAncestry;
import org.qingfeng.support.security.ParentLinks;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * A synthetic county for the benchmark: the work station at the root, {@link #TOWNSHIPS} townships
 * of {@link #UNITS} units each and ten departments; and cases driven through the real
 * {@link CaseMachine} (shipped working-day calendar), so every step is one the service could have
 * published. Cases opened more than {@link #SETTLED} before {@link #NOW} are finished (accepted,
 * rejected then closed, or referred); younger ones are open, acknowledged or replied.
 */
public final class BenchCounty implements NodeDirectory {

    public static final String ROOT = "330281";
    public static final int TOWNSHIPS = 18;
    public static final int UNITS = 8;
    public static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    /** Openings spread over the half year before {@link #NOW}. */
    static final Duration SPAN = Duration.ofDays(180);

    static final Duration SETTLED = Duration.ofDays(15);

    private static final List<String> LADDERS =
            List.of(Ladders.FOUR_COLOUR, Ladders.INQUIRY, Ladders.CARDS, Ladders.ADMONISHMENTS);

    private final Map<String, NetworkNode> nodes = new LinkedHashMap<>();
    private final List<String> units = new ArrayList<>();
    private final CaseMachine machine = new CaseMachine(Ladders.defaults(), new Deadlines(calendar()));
    private int notices;

    public BenchCounty() {
        put(ROOT, NodeKind.COUNTY, "宁海县纪检监察工作站", null);
        for (int t = 0; t < TOWNSHIPS; t++) {
            String township = township(t);
            put(township, NodeKind.TOWNSHIP, "第" + (t + 1) + "镇", ROOT);
            for (int u = 0; u < UNITS; u++) {
                String unit = township + "-U" + u;
                put(unit, NodeKind.CITY_UNIT, "第" + (t + 1) + "镇第" + (u + 1) + "站所", township);
                units.add(unit);
            }
        }
        for (int d = 1; d <= 10; d++) {
            put(ROOT + "-D" + (d < 10 ? "0" : "") + d, NodeKind.DEPARTMENT, "县第" + d + "局", ROOT);
        }
    }

    public static String township(int t) {
        return ROOT + "-" + (101 + t);
    }

    @Override
    public Optional<NetworkNode> node(String code) {
        return Optional.ofNullable(nodes.get(code));
    }

    @Override
    public Optional<NetworkNode> stationOf(String code) {
        return node(ROOT);
    }

    public NodeAncestry ancestry() {
        Map<String, @Nullable String> parents = new HashMap<>();
        nodes.values().forEach(node -> parents.put(node.code(), node.parentCode()));
        return ParentLinks.of(parents);
    }

    /**
     * {@code count} cases' histories, each oldest first.
     *
     * @param unfinishedOnly every case opened in the five days before {@link #NOW} and left open or
     *     acknowledged: what the deadline sweeper reads
     */
    public Map<UUID, List<CaseStepped>> cases(int count, long seed, boolean unfinishedOnly) {
        Random random = new Random(seed);
        Map<UUID, List<CaseStepped>> cases = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Duration age = unfinishedOnly
                    ? Duration.ofMinutes(60 + random.nextInt(5 * 24 * 60))
                    : Duration.ofMinutes(60 + (long) (random.nextDouble() * SPAN.toMinutes()));
            UUID caseId = EventIds.derive("bench-case", seed + "#" + i);
            cases.put(caseId, history(caseId, NOW.minus(age), random, unfinishedOnly));
        }
        return cases;
    }

    /** Every step of the cases in the order a topic replay delivers them: by time, a case's steps in sequence. */
    public static List<CaseStepped> inTopicOrder(Map<UUID, List<CaseStepped>> cases) {
        List<CaseStepped> steps = new ArrayList<>();
        cases.values().forEach(steps::addAll);
        steps.sort(Comparator.comparing(CaseStepped::occurredAt)); // stable: a case's steps keep their order
        return steps;
    }

    private List<CaseStepped> history(UUID caseId, Instant opened, Random random, boolean unfinishedOnly) {
        String unit = units.get(random.nextInt(units.size()));
        String township = unit.substring(0, unit.indexOf("-U"));
        boolean immediate = random.nextInt(5) == 0;
        String ladder = random.nextInt(10) < 7 ? Ladders.FOUR_COLOUR : LADDERS.get(1 + random.nextInt(3));
        CaseFacts facts = new CaseFacts(
                caseId,
                immediate ? CaseStepped.Origin.IMMEDIATE_ITEM : CaseStepped.Origin.FINDING,
                immediate ? null : EventIds.derive("bench-finding", caseId),
                List.of(EventIds.derive("bench-item", caseId)),
                unit,
                township,
                unit,
                ROOT,
                random.nextBoolean() ? "食堂管理员" : null,
                Severity.values()[random.nextInt(Severity.values().length)],
                "first-colour-1");
        List<CaseStepped> history = new ArrayList<>();
        add(
                history,
                facts,
                machine.open(new Opening(
                        ladder,
                        0,
                        opened,
                        immediate ? Duration.ofHours(24) : null,
                        "研判转处置 / finding for disposal",
                        "u-bench")));
        Instant at = opened.plus(Duration.ofHours(immediate ? 2 : 20));
        boolean settled = !unfinishedOnly && opened.isBefore(NOW.minus(SETTLED));
        int fate = random.nextInt(100);
        if (!settled && fate < 45) {
            return history;
        }
        add(history, facts, step(history, Move.of(Step.ACKNOWLEDGED, at, "u-officer")));
        if (unfinishedOnly || (!settled && fate < 75)) {
            return history;
        }
        at = at.plus(Duration.ofDays(2));
        add(
                history,
                facts,
                step(
                        history,
                        Move.of(Step.REPLIED, at, "u-officer").saying("已对照通知要求逐项自查整改，制定整改措施三项，完成情况见附件。", List.of())));
        if (!settled) {
            return history;
        }
        at = at.plus(Duration.ofDays(2));
        if (fate < 85) {
            add(
                    history,
                    facts,
                    step(history, Move.of(Step.REPLY_ACCEPTED, at, "u-staff").because("整改到位，予以办结")));
        } else if (fate < 95) {
            add(
                    history,
                    facts,
                    step(history, Move.of(Step.REPLY_REJECTED, at, "u-staff").because("答复未逐项说明，退回")));
            add(
                    history,
                    facts,
                    step(
                            history,
                            Move.of(Step.CLOSED, at.plus(Duration.ofDays(8)), "u-staff")
                                    .because("约谈后整改到位，办结")));
        } else {
            add(
                    history,
                    facts,
                    step(history, Move.of(Step.REFERRED, at, "u-staff").because("发现违纪线索，移送立案")));
        }
        return history;
    }

    private List<Change> step(List<CaseStepped> history, Move move) {
        return machine.step(Standing.of(history), move);
    }

    private void add(List<CaseStepped> history, CaseFacts facts, List<Change> changes) {
        for (Change change : changes) {
            Change numbered =
                    change.step() == Step.NOTICE_ISSUED ? change.numbered("〔2026〕" + (++notices) + "号") : change;
            history.add(facts.event(numbered));
        }
    }

    private void put(String code, NodeKind kind, String name, @Nullable String parent) {
        nodes.put(code, new NetworkNode(code, kind, name, parent, null, true));
    }

    public static WorkingDayCalendar calendar() {
        try {
            var sources = new YamlPropertySourceLoader()
                    .load("working-days", new ClassPathResource("qingfeng/working-days.yml"));
            return new Binder(ConfigurationPropertySources.from(sources))
                    .bind("qingfeng.calendar", CalendarProperties.class)
                    .get()
                    .calendar();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
