package org.qingfeng.contracts.intake;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The subject-area catalogue items are filed under, as shipped (the health-system examples of the
 * seeds). Intake validates submissions against it and analysis classifications; a deployment may
 * configure another catalogue in both ({@code intake.subject-areas}, {@code analysis.triage.subject-areas}).
 */
public final class SubjectAreas {

    /**
     * @param code stable code carried by events, such as {@code work-style}
     * @param zh the Chinese name shown to staff
     * @param en the English name
     */
    public record Entry(String code, String zh, String en) {}

    public static final List<Entry> DEFAULTS = List.of(
            new Entry("self-discipline", "廉洁自律", "Self-discipline"),
            new Entry("work-style", "工作作风", "Work style"),
            new Entry("medical-ethics", "医德医风", "Medical ethics"),
            new Entry("project-approval", "卫生项目审批", "Health project approval"),
            new Entry("law-enforcement", "卫生执法", "Health law enforcement"),
            new Entry("development-environment", "发展环境", "Development environment"),
            new Entry("unclassified", "待分类", "Unclassified"));

    private SubjectAreas() {}

    public static Set<String> defaultCodes() {
        return DEFAULTS.stream().map(Entry::code).collect(Collectors.toUnmodifiableSet());
    }
}
