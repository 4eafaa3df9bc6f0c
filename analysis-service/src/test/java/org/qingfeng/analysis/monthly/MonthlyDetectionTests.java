package org.qingfeng.analysis.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.monthly.CountyQuarterGenerator.Generated;
import org.qingfeng.analysis.monthly.rules.CellCount;
import org.qingfeng.analysis.monthly.rules.Detectors;
import org.qingfeng.analysis.monthly.rules.Thresholds;

/**
 * Method {@code monthly-1} over generated counties: every planted rise, widespread problem,
 * recurrence and emerging subject is found in its month, and the Poisson noise below the
 * thresholds raises no finding in the seeded quarter, and at most {@link #NOISE_BOUND} over
 * {@link #SEEDS} seeds.
 */
class MonthlyDetectionTests {

    private static final int SEEDS = 20;
    private static final long SEED = 1;
    private static final int NOISE_BOUND = 2;
    private static final YearMonth QUARTER = YearMonth.of(2026, 7);

    private static final CountyQuarterGenerator COUNTY = new CountyQuarterGenerator("330281", 8, 4, 0.2, 0.8, QUARTER);

    private final Detectors detectors = new Detectors(Thresholds.defaults());

    @Test
    void findsEveryPlantedPatternAndNoNoiseInTheSeededCountyQuarter() {
        PlantedPatterns result = analyse(COUNTY, COUNTY.generate(SEED));

        System.out.printf(
                "seed %d: missed %d, false positives %d%n",
                SEED, result.missed().size(), result.noise().size());
        assertThat(result.missed()).isEmpty();
        assertThat(result.noise()).isEmpty();
    }

    /**
     * Over many seeds the plants are always found; noise is Poisson, so a test at α = 0.01 over
     * about 3,800 unit-subject-months may flag one by chance: at most {@link #NOISE_BOUND} are allowed.
     */
    @Test
    void findsEveryPlantAcrossSeedsWithAFalsePositiveRateFarBelowAlpha() {
        int noise = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            PlantedPatterns result = analyse(COUNTY, COUNTY.generate(seed));
            assertThat(result.missed()).as("seed %d", seed).isEmpty();
            noise += result.noise().size();
            result.noise().forEach(flag -> System.out.printf("false positive: %s%n", flag));
        }
        System.out.printf("false positives over %d county quarters: %d%n", SEEDS, noise);
        assertThat(noise).isLessThanOrEqualTo(NOISE_BOUND);
    }

    @Test
    void missesThePlantsWhenTheyAreNotThere() {
        CountyQuarterGenerator county = COUNTY;
        List<Generated> noiseOnly = county.generate(7).stream()
                .filter(item -> county.plants().stream()
                        .noneMatch(plant -> plant.units().contains(item.unit())
                                && plant.subject().equals(item.subject())))
                .toList();

        PlantedPatterns result = analyse(county, noiseOnly);

        assertThat(result.missed()).hasSize(county.plants().size());
        assertThat(result.noise()).isEmpty();
    }

    private PlantedPatterns analyse(CountyQuarterGenerator county, List<Generated> items) {
        List<CellCount> cells = CountyQuarterGenerator.cells(items);
        List<PlantedPatterns.Found> found = new ArrayList<>();
        for (YearMonth month : county.quarter()) {
            detectors
                    .detect(month, "330281", cells, unit -> null)
                    .forEach(f ->
                            found.add(new PlantedPatterns.Found(f.kind(), f.period(), f.unitCodes(), f.subjectArea())));
        }
        return PlantedPatterns.check(county.plants(), found);
    }
}
