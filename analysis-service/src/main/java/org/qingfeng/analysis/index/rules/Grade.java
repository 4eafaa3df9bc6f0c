package org.qingfeng.analysis.index.rules;

/** The integrity grade: A at 90 or more, B at 75 or more, C below. Read from the integrity score only. */
public enum Grade {
    A,
    B,
    C;

    public static final int A_FROM = 90;
    public static final int B_FROM = 75;

    public static Grade of(int score) {
        if (score >= A_FROM) {
            return A;
        }
        return score >= B_FROM ? B : C;
    }

    /** The number a frozen figure holds: 1, 2, 3 for A, B, C. */
    public int figure() {
        return ordinal() + 1;
    }
}
