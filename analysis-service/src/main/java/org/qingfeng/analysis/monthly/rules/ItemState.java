package org.qingfeng.analysis.monthly.rules;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the monthly analysis knows of one item: where it was submitted ({@code facts}: month,
 * township, unit, subject area, channel as a cell key) and its latest triage decision. A decision
 * replaces another only with a higher sequence, so decisions may arrive in any order and twice; one
 * may also arrive before its item. A classification's subject area overrides the submitted one.
 */
public record ItemState(
        @Nullable String month,
        @Nullable String township,
        @Nullable String unit,
        @Nullable String subject,
        @Nullable String channel,
        @Nullable String decision,
        int sequence,
        @Nullable String classifiedSubject) {

    /** Decisions whose item is not a problem of its own: a repeat, or found untrue. */
    public static final Set<String> EXCLUDING = Set.of("DUPLICATE", "UNFOUNDED", "MALICIOUS");

    public static ItemState unknown() {
        return new ItemState(null, null, null, null, null, null, 0, null);
    }

    public ItemState submitted(String month, String township, String unit, String subject, String channel) {
        return new ItemState(month, township, unit, subject, channel, decision, sequence, classifiedSubject);
    }

    public ItemState decided(int newSequence, String newDecision, @Nullable String newSubject) {
        if (newSequence <= sequence) {
            return this;
        }
        return new ItemState(month, township, unit, subject, channel, newDecision, newSequence, newSubject);
    }

    /** Where the item is to be counted; empty while its submission has not arrived. */
    public Optional<Placement> placement() {
        if (month == null || township == null || unit == null || subject == null || channel == null) {
            return Optional.empty();
        }
        String effective = classifiedSubject != null ? classifiedSubject : subject;
        int flag = decision == null
                ? Placement.OPEN
                : EXCLUDING.contains(decision) ? Placement.EXCLUDED : Placement.HANDLED;
        return Optional.of(new Placement(Placement.cellKey(month, township, unit, effective, channel), flag));
    }
}
