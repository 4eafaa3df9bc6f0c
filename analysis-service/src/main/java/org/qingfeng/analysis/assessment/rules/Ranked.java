package org.qingfeng.analysis.assessment.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An assessment with its place: by score, highest first; equal scores share a rank (1, 1, 3…). */
public record Ranked(int rank, Assessment assessment) {

    /** Equal scores are listed with more items first, then by token, so the order is the same on every read. */
    static final Comparator<Assessment> ORDER = Comparator.comparingInt(Assessment::score)
            .reversed()
            .thenComparing(Comparator.comparingInt(Assessment::items).reversed())
            .thenComparing(Assessment::informantToken);

    public static List<Ranked> of(List<Assessment> assessments) {
        List<Assessment> ordered = assessments.stream().sorted(ORDER).toList();
        List<Ranked> ranked = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            boolean tied = i > 0 && ordered.get(i).score() == ordered.get(i - 1).score();
            ranked.add(new Ranked(tied ? ranked.get(i - 1).rank() : i + 1, ordered.get(i)));
        }
        return ranked;
    }
}
