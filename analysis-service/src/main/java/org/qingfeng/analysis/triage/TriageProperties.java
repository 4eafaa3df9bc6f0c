package org.qingfeng.analysis.triage;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.SubjectAreas;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code analysis.triage.*}.
 *
 * @param subjectAreas the subject-area codes a classification may name; empty means the shipped
 *     catalogue ({@link SubjectAreas}), which intake uses too. A deployment that configures its own
 *     catalogue in intake ({@code intake.subject-areas}) configures the same codes here.
 */
@ConfigurationProperties("analysis.triage")
record TriageProperties(@Nullable List<String> subjectAreas) {

    Set<String> subjectAreaCodes() {
        return subjectAreas == null || subjectAreas.isEmpty() ? SubjectAreas.defaultCodes() : Set.copyOf(subjectAreas);
    }
}
