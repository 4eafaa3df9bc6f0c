package org.qingfeng.intake.submission;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.qingfeng.intake.rules.Violation;

/**
 * A batch in which some submissions broke the rules: none of them was written. The violations are
 * listed by the position of the submission in the batch, for the channel to name in its own terms
 * (a workbook row, a report's item).
 */
public class BatchRefused extends RuntimeException {

    private final transient SortedMap<Integer, List<Violation>> byPosition;

    BatchRefused(Map<Integer, List<Violation>> byPosition) {
        super(byPosition.size() + " submission(s) of the batch broke the rules");
        this.byPosition = new TreeMap<>(byPosition);
    }

    public SortedMap<Integer, List<Violation>> byPosition() {
        return byPosition;
    }
}
