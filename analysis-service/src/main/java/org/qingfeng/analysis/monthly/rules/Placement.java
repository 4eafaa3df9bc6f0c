package org.qingfeng.analysis.monthly.rules;

/**
 * Where an item is counted and how: its cell ({@code yyyy-MM|township|unit|subject|channel}) and its
 * flag there: {@link #OPEN} (no decision yet), {@link #HANDLED} (decided, a problem of its own) or
 * {@link #EXCLUDED} (decided a duplicate, unfounded or malicious).
 */
public record Placement(String cell, int flag) {

    public static final int OPEN = 0;
    public static final int HANDLED = 1;
    public static final int EXCLUDED = 2;

    public static String cellKey(String month, String township, String unit, String subject, String channel) {
        return String.join("|", month, township, unit, subject, channel);
    }

    /** 1 if an item with {@code flag} counts as handled, else 0; 0 for no item ({@code null}). */
    public static int handled(Integer flag) {
        return flag != null && flag != OPEN ? 1 : 0;
    }

    public static int excluded(Integer flag) {
        return flag != null && flag == EXCLUDED ? 1 : 0;
    }
}
