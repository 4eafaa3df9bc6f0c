package org.qingfeng.disposal.cases.rules;

import java.util.List;
import org.qingfeng.contracts.disposal.WarningColour;

/**
 * A configuration of the one state machine: its rungs from the mildest up. A referral rung, if any,
 * is the last; a ladder without one keeps a case on its top rung when it would climb further.
 */
public record Ladder(String id, int version, List<Rung> rungs) {

    public Ladder {
        rungs = List.copyOf(rungs);
        if (rungs.isEmpty()) {
            throw new IllegalArgumentException("ladder " + id + " has no rungs");
        }
        for (int i = 0; i < rungs.size() - 1; i++) {
            if (rungs.get(i).referral()) {
                throw new IllegalArgumentException("ladder " + id + ": only the last rung may be a referral");
            }
        }
        if (rungs.size() == 1 && rungs.get(0).referral()) {
            throw new IllegalArgumentException("ladder " + id + " has nothing but a referral");
        }
    }

    public Rung rung(int index) {
        return rungs.get(index);
    }

    public int top() {
        return rungs.size() - 1;
    }

    public boolean hasReferral() {
        return rungs.get(top()).referral();
    }

    /** The highest rung a case can be placed on or wait on: the top, or the one below a referral. */
    public int topWaiting() {
        return hasReferral() ? top() - 1 : top();
    }

    /** The mildest waiting rung whose colour is at least {@code colour}; the top waiting rung if none is. */
    public int rungFor(WarningColour colour) {
        for (int i = 0; i <= topWaiting(); i++) {
            if (rungs.get(i).colour().ordinal() >= colour.ordinal()) {
                return i;
            }
        }
        return topWaiting();
    }

    public int indexOf(String code) {
        for (int i = 0; i < rungs.size(); i++) {
            if (rungs.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("ladder " + id + " has no rung " + code);
    }
}
