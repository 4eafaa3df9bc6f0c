package org.qingfeng.analysis.triage.rules;

import java.util.List;
import java.util.Map;

/**
 * The month's board as the reviewer sees it.
 *
 * @param counts {@code total}, {@code open} and one per decision, over every item of the month the
 *     reviewer may see (whatever {@code state} lists)
 * @param excluded how many items of the month in the reviewer's scope were withheld from them
 */
public record Board(String month, Map<String, Integer> counts, int excluded, List<BoardItem> items) {}
