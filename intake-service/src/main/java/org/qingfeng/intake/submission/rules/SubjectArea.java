package org.qingfeng.intake.submission.rules;

import java.util.List;

/**
 * A subject area of the catalogue an item is filed under (the health-system examples of the seeds
 * by default).
 *
 * @param code stable code carried by events, such as {@code work-style}
 * @param zh the Chinese name shown to staff
 * @param en the English name
 */
public record SubjectArea(String code, String zh, String en) {

    public static final List<SubjectArea> DEFAULTS = List.of(
            new SubjectArea("self-discipline", "廉洁自律", "Self-discipline"),
            new SubjectArea("work-style", "工作作风", "Work style"),
            new SubjectArea("medical-ethics", "医德医风", "Medical ethics"),
            new SubjectArea("project-approval", "卫生项目审批", "Health project approval"),
            new SubjectArea("law-enforcement", "卫生执法", "Health law enforcement"),
            new SubjectArea("development-environment", "发展环境", "Development environment"),
            new SubjectArea("unclassified", "待分类", "Unclassified"));
}
