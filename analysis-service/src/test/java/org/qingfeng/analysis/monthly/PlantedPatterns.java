package org.qingfeng.analysis.monthly;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.qingfeng.analysis.monthly.CountyQuarterGenerator.Plant;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;

/** Which planted patterns a set of findings found, and which findings are noise. */
record PlantedPatterns(List<Plant> missed, List<String> noise) {

    /** A finding as the test compares it: kind, month, units and subject area. */
    record Found(FindingKind kind, String month, List<String> units, String subject) {}

    static PlantedPatterns check(List<Plant> plants, List<Found> findings) {
        List<Plant> missed = new ArrayList<>();
        for (Plant plant : plants) {
            boolean found = findings.stream()
                    .anyMatch(f -> f.kind() == plant.kind()
                            && f.month().equals(plant.month().toString())
                            && f.subject().equals(plant.subject())
                            && f.units().containsAll(plant.units()));
            if (!found) {
                missed.add(plant);
            }
        }
        Set<String> planted = new HashSet<>();
        plants.forEach(plant -> plant.units().forEach(unit -> planted.add(unit + "|" + plant.subject())));
        List<String> noise = findings.stream()
                .filter(f -> !f.units().stream().allMatch(unit -> planted.contains(unit + "|" + f.subject())))
                .map(Found::toString)
                .toList();
        return new PlantedPatterns(missed, noise);
    }
}
