package org.qingfeng.analysis.assessment.rules;

import java.math.BigDecimal;

/**
 * The configurable thresholds of the method (under {@code analysis.assessment.*}).
 *
 * @param timelyWorkingDays timely = received on or before this many working days after the day it happened
 * @param commendMinItems COMMEND needs at least this many items
 * @param commendMinAdoptedShare … an adopted share at least this
 * @param commendMinTimelyShare … and a timely share at least this, and no malicious item
 * @param dismissMinMalicious DISMISS at this many malicious items
 * @param dismissMinItems … or at this many items of which
 * @param dismissMinFalseShare … the unfounded and malicious make up at least this share
 * @param dismissSilentWholeYear … or, if true, when an active informant served a whole past year without an item
 */
public record Thresholds(
        int timelyWorkingDays,
        int commendMinItems,
        BigDecimal commendMinAdoptedShare,
        BigDecimal commendMinTimelyShare,
        int dismissMinMalicious,
        int dismissMinItems,
        BigDecimal dismissMinFalseShare,
        boolean dismissSilentWholeYear) {

    public Thresholds {
        if (timelyWorkingDays < 1 || timelyWorkingDays > 60) {
            throw new IllegalArgumentException("timely-working-days must be between 1 and 60: " + timelyWorkingDays);
        }
        if (commendMinItems < 1 || dismissMinItems < 1 || dismissMinMalicious < 1) {
            throw new IllegalArgumentException("item thresholds must be at least 1");
        }
        for (BigDecimal share :
                new BigDecimal[] {commendMinAdoptedShare, commendMinTimelyShare, dismissMinFalseShare}) {
            if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("shares must be between 0 and 1: " + share);
            }
        }
    }

    /** The defaults of {@code assessment-1}. */
    public static Thresholds defaults() {
        return new Thresholds(5, 3, new BigDecimal("0.6"), new BigDecimal("0.8"), 1, 3, new BigDecimal("0.5"), true);
    }
}
