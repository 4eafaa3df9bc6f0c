package org.qingfeng.analysis.rules;

import java.util.List;

/** Input broke one or more rules; nothing was published or written. */
public class RulesViolated extends RuntimeException {

    private final transient List<Violation> violations;

    public RulesViolated(List<Violation> violations) {
        super(violations.size() + " rule(s) broken");
        this.violations = List.copyOf(violations);
    }

    public static RulesViolated of(String field, String message) {
        return new RulesViolated(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
