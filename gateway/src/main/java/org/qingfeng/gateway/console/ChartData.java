package org.qingfeng.gateway.console;

import java.util.List;

/** What the console script draws: one bar per colour, labelled in the reader's language. */
record ChartData(boolean available, List<Bar> bars) {

    record Bar(String colour, String label, long count) {}
}
