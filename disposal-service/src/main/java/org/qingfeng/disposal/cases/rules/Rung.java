package org.qingfeng.disposal.cases.rules;

import org.qingfeng.contracts.disposal.WarningColour;

/**
 * One rung of a ladder.
 *
 * @param code the fixed code everyone uses, such as {@code BLUE} or {@code INQUIRY}
 * @param name the short Chinese name a reason quotes, such as 蓝色 or 函询
 * @param english the same in English, for the second half of a reason
 * @param colour the four-colour equivalent, for figures across ladders
 * @param workingDays the deadline for a reply, counted in working days; 0 on a referral rung
 */
public record Rung(String code, String name, String english, WarningColour colour, RungKind kind, int workingDays) {

    public Rung {
        if (kind != RungKind.REFERRAL && workingDays <= 0) {
            throw new IllegalArgumentException("rung " + code + " needs a deadline in working days");
        }
    }

    public boolean referral() {
        return kind == RungKind.REFERRAL;
    }
}
