package org.qingfeng.intake.submission.rules;

import java.util.List;
import org.qingfeng.contracts.intake.SubjectAreas;

/**
 * A subject area of the catalogue an item is filed under (the health-system examples of the seeds
 * by default).
 *
 * @param code stable code carried by events, such as {@code work-style}
 * @param zh the Chinese name shown to staff
 * @param en the English name
 */
public record SubjectArea(String code, String zh, String en) {

    /** The shipped catalogue, shared with analysis through the contracts. */
    public static final List<SubjectArea> DEFAULTS = SubjectAreas.DEFAULTS.stream()
            .map(e -> new SubjectArea(e.code(), e.zh(), e.en()))
            .toList();
}
