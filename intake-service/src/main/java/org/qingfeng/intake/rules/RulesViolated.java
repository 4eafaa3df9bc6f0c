package org.qingfeng.intake.rules;

import java.util.List;

/** Input broke one or more rules; nothing was written. */
public class RulesViolated extends RuntimeException {

    private final transient List<Violation> violations;

    public RulesViolated(List<Violation> violations) {
        super(violations.size() + " rule(s) broken");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
