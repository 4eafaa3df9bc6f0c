package org.qingfeng.analysis.triage;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code analysis.triage.*}.
 *
 * @param subjectAreas the subject-area codes a classification may name: intake's catalogue
 *     ({@code intake.subject-areas}), which lives in intake and is not shared; keep the two equal
 */
@ConfigurationProperties("analysis.triage")
record TriageProperties(
        @DefaultValue({
            "self-discipline",
            "work-style",
            "medical-ethics",
            "project-approval",
            "law-enforcement",
            "development-environment",
            "unclassified"
        })
        List<String> subjectAreas) {

    Set<String> subjectAreaCodes() {
        return Set.copyOf(subjectAreas);
    }
}
