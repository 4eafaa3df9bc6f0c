package org.qingfeng.intake.web;

import java.util.List;
import org.qingfeng.intake.rules.Violation;

/**
 * The caller's role may do this, but not for what the body names: another unit's report, an
 * appointing unit that is not the caller's, nodes outside the caller's part of the network. Answered
 * with {@code 403} naming the fields; it never tells what lies outside.
 */
public final class Forbidden extends RuntimeException {

    private final transient List<Violation> violations;

    public Forbidden(List<Violation> violations) {
        super("forbidden: " + violations.size() + " fields");
        this.violations = List.copyOf(violations);
    }

    public static Forbidden field(String field, String message) {
        return new Forbidden(List.of(new Violation(field, message)));
    }

    List<Violation> violations() {
        return violations;
    }
}
