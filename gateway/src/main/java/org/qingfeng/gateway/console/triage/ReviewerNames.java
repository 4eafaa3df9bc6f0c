package org.qingfeng.gateway.console.triage;

import java.util.List;
import java.util.Set;

/** The body of intake's {@code PUT /api/reviewers/names}: the caller's names and their kin's. */
record ReviewerNames(List<String> names) {

    static final Set<String> FIELDS = Set.of("names");

    /** One name per line; blank lines dropped, each trimmed. Intake checks the rest. */
    static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
