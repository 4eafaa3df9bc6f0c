package org.qingfeng.analysis.monthly.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.FindingPublished.PeriodCount;

/**
 * Method {@code monthly-1}: the salient problems of one month over the cells of a scope. Every
 * detector counts problems (items not decided a duplicate, unfounded or malicious), per unit and
 * subject area, or per township and subject area.
 */
public final class Detectors {

    private final Thresholds thresholds;

    public Detectors(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * @param cells every cell of the scope for {@code month} and the {@link Thresholds#monthsBack()}
     *     months before it
     * @param competentDepartment a unit's competent department, null when it has none
     */
    public List<Finding> detect(
            YearMonth month,
            String scopeCode,
            List<CellCount> cells,
            Function<String, @Nullable String> competentDepartment) {
        Series units = Series.of(cells, cell -> cell.unit() + "|" + cell.subject());
        Series townships = Series.of(cells, cell -> cell.township() + "|" + cell.subject());
        Map<String, String> homeTownship = homeTownships(cells, month);
        List<Finding> findings = new ArrayList<>();
        units.keysIn(month).forEach(key -> {
            String unit = key.substring(0, key.indexOf('|'));
            String subject = key.substring(key.indexOf('|') + 1);
            String township = homeTownship.get(key);
            emerging(month, units, key, "unit:" + unit, township, unit, List.of(unit), null, subject)
                    .ifPresent(findings::add);
            trending(month, units, key, township, unit, subject).ifPresent(findings::add);
            recurring(month, units, key, township, unit, subject, competentDepartment.apply(unit))
                    .ifPresent(findings::add);
        });
        Map<String, List<String>> unitsByTownship = unitsByTownshipAndSubject(cells, month);
        Set<String> emergingUnits = new HashSet<>();
        findings.stream()
                .filter(f -> f.kind() == FindingKind.EMERGING)
                .forEach(f -> emergingUnits.add(f.unitCode() + "|" + f.subjectArea()));
        townships.keysIn(month).forEach(key -> {
            String township = key.substring(0, key.indexOf('|'));
            String subject = key.substring(key.indexOf('|') + 1);
            List<String> unitsThere = unitsByTownship.getOrDefault(key, List.of());
            boolean explainedByOneUnit =
                    unitsThere.size() == 1 && emergingUnits.contains(unitsThere.get(0) + "|" + subject);
            if (!unitsThere.isEmpty() && !explainedByOneUnit) {
                emerging(
                                month,
                                townships,
                                key,
                                "township:" + township,
                                township,
                                unitsThere.get(0),
                                unitsThere,
                                township,
                                subject)
                        .ifPresent(findings::add);
            }
        });
        findings.addAll(widespread(month, scopeCode, cells, units, townships));
        findings.sort(Comparator.comparing((Finding f) -> f.kind().ordinal())
                .thenComparing(Finding::subjectArea)
                .thenComparing(Finding::unitCode)
                .thenComparing(Finding::regionCode));
        return findings;
    }

    private Optional<Finding> emerging(
            YearMonth month,
            Series series,
            String key,
            String about,
            String region,
            String unit,
            List<String> unitCodes,
            @Nullable String township,
            String subject) {
        long count = series.count(key, month);
        int lookback = thresholds.emergingLookback();
        long before = series.history(key, month, lookback).stream()
                .mapToLong(Long::longValue)
                .sum();
        if (count < thresholds.emergingMin() || before > 0) {
            return Optional.empty();
        }
        String evidence = String.format(
                Locale.ROOT,
                "苗头性：本月 %d 件，此前 %d 个月无 / emerging: %d items this month, none in the %d months before (at least %d)",
                count,
                lookback,
                count,
                lookback,
                thresholds.emergingMin());
        Map<String, Double> numbers = numbers("count", count, "lookbackMonths", lookback, "before", before);
        return Optional.of(new Finding(
                Finding.idOf(month.toString(), FindingKind.EMERGING, about, subject),
                month.toString(),
                FindingKind.EMERGING,
                region,
                unit,
                unitCodes,
                township,
                subject,
                count,
                evidence,
                numbers,
                history(series, key, month),
                Destination.DISPOSAL,
                null));
    }

    private Optional<Finding> trending(
            YearMonth month, Series units, String key, String township, String unit, String subject) {
        long count = units.count(key, month);
        List<Long> history = units.history(key, month, thresholds.historyMonths());
        double mean = history.stream().mapToLong(Long::longValue).average().orElse(0);
        double lambda = Math.max(mean, thresholds.lambdaFloor());
        double pValue = Poisson.upperTail(count, lambda);
        if (count < thresholds.trendingMin() || pValue >= thresholds.alpha()) {
            return Optional.empty();
        }
        Ewma ewma = Ewma.of(history, count, thresholds.ewmaWeight(), thresholds.ewmaWidth(), thresholds.lambdaFloor());
        String evidence = String.format(
                Locale.ROOT,
                "倾向性 / trending: Poisson P(X≥%d | λ=%.2f)=%s < %s; EWMA %.2f %s UCL %.2f (λ=%s, L=%s)",
                count,
                lambda,
                significant(pValue),
                trim(thresholds.alpha()),
                ewma.value(),
                ewma.outOfControl() ? ">" : "≤",
                ewma.upperControlLimit(),
                trim(thresholds.ewmaWeight()),
                trim(thresholds.ewmaWidth()));
        Map<String, Double> numbers = numbers(
                "count",
                count,
                "lambda",
                lambda,
                "pValue",
                pValue,
                "ewma",
                ewma.value(),
                "ucl",
                ewma.upperControlLimit());
        return Optional.of(new Finding(
                Finding.idOf(month.toString(), FindingKind.TRENDING, "unit:" + unit, subject),
                month.toString(),
                FindingKind.TRENDING,
                township,
                unit,
                List.of(unit),
                null,
                subject,
                count,
                evidence,
                numbers,
                history(units, key, month),
                Destination.DISPOSAL,
                null));
    }

    private Optional<Finding> recurring(
            YearMonth month,
            Series units,
            String key,
            String township,
            String unit,
            String subject,
            @Nullable String competentDepartment) {
        long count = units.count(key, month);
        int minItems = thresholds.recurrenceMinItems();
        if (count < minItems) {
            return Optional.empty();
        }
        int window = thresholds.recurrenceM();
        long months = 1
                + units.history(key, month, window - 1).stream()
                        .filter(c -> c >= minItems)
                        .count();
        if (months < thresholds.recurrenceN()) {
            return Optional.empty();
        }
        String evidence = String.format(
                Locale.ROOT,
                "反复性：近 %d 个月中 %d 个月各 ≥%d 件 / recurring: at least %d items in %d of the last %d months (n=%d)",
                window,
                months,
                minItems,
                minItems,
                months,
                window,
                thresholds.recurrenceN());
        Map<String, Double> numbers = numbers("count", count, "months", months, "window", window, "minItems", minItems);
        return Optional.of(new Finding(
                Finding.idOf(month.toString(), FindingKind.RECURRING, "unit:" + unit, subject),
                month.toString(),
                FindingKind.RECURRING,
                township,
                unit,
                List.of(unit),
                null,
                subject,
                count,
                evidence,
                numbers,
                history(units, key, month),
                Destination.EXCHANGE,
                competentDepartment));
    }

    private List<Finding> widespread(
            YearMonth month, String scopeCode, List<CellCount> cells, Series units, Series townships) {
        Map<String, TreeSet<String>> elevatedUnits = elevated(month, units);
        Map<String, TreeSet<String>> elevatedTownships = elevated(month, townships);
        TreeSet<String> subjects = new TreeSet<>(elevatedUnits.keySet());
        subjects.addAll(elevatedTownships.keySet());
        List<Finding> findings = new ArrayList<>();
        Series subjectsOnly = Series.of(cells, CellCount::subject);
        for (String subject : subjects) {
            TreeSet<String> unitSet = elevatedUnits.getOrDefault(subject, new TreeSet<>());
            TreeSet<String> townshipSet = elevatedTownships.getOrDefault(subject, new TreeSet<>());
            if (unitSet.size() < thresholds.widespreadMinUnits()
                    && townshipSet.size() < thresholds.widespreadMinTownships()) {
                continue;
            }
            List<String> unitCodes = unitSet.isEmpty() ? unitsOf(cells, month, null, subject) : List.copyOf(unitSet);
            long count = subjectsOnly.count(subject, month);
            String evidence = String.format(
                    Locale.ROOT,
                    "普遍性：%d 个单位、%d 个乡镇本月偏高 / widespread: elevated in %d units (at least %d) and %d townships"
                            + " (at least %d); elevated = at least %d items and Poisson P(X≥x | own history) < %s",
                    unitSet.size(),
                    townshipSet.size(),
                    unitSet.size(),
                    thresholds.widespreadMinUnits(),
                    townshipSet.size(),
                    thresholds.widespreadMinTownships(),
                    thresholds.widespreadUnitMin(),
                    trim(thresholds.widespreadAlpha()));
            findings.add(new Finding(
                    Finding.idOf(month.toString(), FindingKind.WIDESPREAD, "scope:" + scopeCode, subject),
                    month.toString(),
                    FindingKind.WIDESPREAD,
                    scopeCode,
                    unitCodes.get(0),
                    unitCodes,
                    null,
                    subject,
                    count,
                    evidence,
                    numbers("count", count, "units", unitSet.size(), "townships", townshipSet.size()),
                    history(subjectsOnly, subject, month),
                    Destination.DISPOSAL,
                    null));
        }
        return findings;
    }

    /** Per subject area, the units (or townships) whose count this month is elevated against their own history. */
    private Map<String, TreeSet<String>> elevated(YearMonth month, Series series) {
        Map<String, TreeSet<String>> elevated = new TreeMap<>();
        series.keysIn(month).forEach(key -> {
            long count = series.count(key, month);
            double mean = series.history(key, month, thresholds.historyMonths()).stream()
                    .mapToLong(Long::longValue)
                    .average()
                    .orElse(0);
            double lambda = Math.max(mean, thresholds.lambdaFloor());
            if (count >= thresholds.widespreadUnitMin()
                    && Poisson.upperTail(count, lambda) < thresholds.widespreadAlpha()) {
                String subject = key.substring(key.indexOf('|') + 1);
                elevated.computeIfAbsent(subject, s -> new TreeSet<>()).add(key.substring(0, key.indexOf('|')));
            }
        });
        return elevated;
    }

    private List<PeriodCount> history(Series series, String key, YearMonth month) {
        List<PeriodCount> history = new ArrayList<>();
        int back = thresholds.historyMonths();
        List<Long> counts = series.history(key, month, back);
        for (int i = 0; i < counts.size(); i++) {
            history.add(new PeriodCount(month.minusMonths(back - i).toString(), counts.get(i)));
        }
        return history;
    }

    /** The township most of a unit and subject's problems came from this month (the smaller code on a tie). */
    private static Map<String, String> homeTownships(List<CellCount> cells, YearMonth month) {
        Map<String, Map<String, Long>> byTownship = new TreeMap<>();
        cells.stream().filter(cell -> cell.month().equals(month.toString())).forEach(cell -> byTownship
                .computeIfAbsent(cell.unit() + "|" + cell.subject(), k -> new TreeMap<>())
                .merge(cell.township(), cell.problems(), Long::sum));
        Map<String, String> home = new LinkedHashMap<>();
        byTownship.forEach((key, counts) -> home.put(
                key,
                counts.entrySet().stream()
                        .max(Map.Entry.<String, Long>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .orElseThrow()
                        .getKey()));
        return home;
    }

    /** Per {@code township|subject}, the units with problems this month, sorted. */
    private static Map<String, List<String>> unitsByTownshipAndSubject(List<CellCount> cells, YearMonth month) {
        Map<String, TreeSet<String>> units = new HashMap<>();
        cells.stream()
                .filter(cell -> cell.month().equals(month.toString()) && cell.problems() > 0)
                .forEach(cell -> units.computeIfAbsent(cell.township() + "|" + cell.subject(), k -> new TreeSet<>())
                        .add(cell.unit()));
        Map<String, List<String>> sorted = new HashMap<>();
        units.forEach((key, set) -> sorted.put(key, List.copyOf(set)));
        return sorted;
    }

    private static List<String> unitsOf(
            List<CellCount> cells, YearMonth month, @Nullable String township, String subject) {
        return cells.stream()
                .filter(cell -> cell.month().equals(month.toString())
                        && cell.subject().equals(subject)
                        && cell.problems() > 0
                        && (township == null || cell.township().equals(township)))
                .map(CellCount::unit)
                .distinct()
                .sorted()
                .toList();
    }

    private static Map<String, Double> numbers(Object... pairs) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            numbers.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return numbers;
    }

    /** Two significant digits, so that a tail of 10⁻⁹ does not print as 0.0000. */
    static String significant(double p) {
        return p >= 0.001 ? String.format(Locale.ROOT, "%.4f", p) : String.format(Locale.ROOT, "%.2e", p);
    }

    private static String trim(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Problems per key and month, read from the cells once. */
    private record Series(Map<String, Map<String, Long>> counts) {

        static Series of(List<CellCount> cells, Function<CellCount, String> keyOf) {
            Map<String, Map<String, Long>> counts = new HashMap<>();
            ToLongFunction<CellCount> problems = CellCount::problems;
            cells.forEach(cell -> counts.computeIfAbsent(cell.month(), m -> new HashMap<>())
                    .merge(keyOf.apply(cell), problems.applyAsLong(cell), Long::sum));
            return new Series(counts);
        }

        List<String> keysIn(YearMonth month) {
            return counts.getOrDefault(month.toString(), Map.of()).entrySet().stream()
                    .filter(entry -> entry.getValue() > 0)
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList();
        }

        long count(String key, YearMonth month) {
            return counts.getOrDefault(month.toString(), Map.of()).getOrDefault(key, 0L);
        }

        /** The counts of the {@code months} months before {@code month}, oldest first. */
        List<Long> history(String key, YearMonth month, int months) {
            List<Long> history = new ArrayList<>(months);
            for (int back = months; back >= 1; back--) {
                history.add(count(key, month.minusMonths(back)));
            }
            return history;
        }
    }
}
