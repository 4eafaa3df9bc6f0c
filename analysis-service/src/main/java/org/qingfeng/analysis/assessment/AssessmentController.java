package org.qingfeng.analysis.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.assessment.rules.Assessment;
import org.qingfeng.analysis.assessment.rules.AssessmentMethod;
import org.qingfeng.analysis.assessment.rules.Ranked;
import org.qingfeng.analysis.assessment.rules.Recommendation;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.support.security.Actors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The year's ranking of informants with recommendations, for the network manager who decides. */
@RestController
class AssessmentController {

    private static final String YEAR_RANGE = "年份须在 2000 到 2100 之间 / year must be between 2000 and 2100";

    private final Assessments assessments;

    AssessmentController(Assessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/api/assessments/{year}")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF')")
    Report year(
            @PathVariable @Min(value = 2000, message = YEAR_RANGE) @Max(value = 2100, message = YEAR_RANGE) int year,
            @RequestParam(required = false)
                    @Pattern(
                            regexp = "[0-9A-Za-z-]{1,40}",
                            message = "节点代码只能含字母、数字和连字符 / node code takes letters, digits and hyphens")
                    @Nullable
                    String scope) {
        List<Row> rows = assessments.of(year, scope, Actors.current()).stream()
                .map(Row::of)
                .toList();
        return new Report(year, AssessmentMethod.VERSION, rows);
    }

    record Report(int year, String method, List<Row> informants) {}

    record Row(
            int rank,
            String informantToken,
            @Nullable String homeNodeCode,
            @Nullable InformantStatus status,
            int items,
            int adopted,
            double adoptedShare,
            int timely,
            double timelyShare,
            int duplicates,
            int unfounded,
            int malicious,
            int score,
            Recommendation recommendation,
            List<String> reasons) {

        static Row of(Ranked ranked) {
            Assessment a = ranked.assessment();
            return new Row(
                    ranked.rank(),
                    a.informantToken(),
                    a.homeNodeCode(),
                    a.status(),
                    a.items(),
                    a.adopted(),
                    a.adoptedShare(),
                    a.timely(),
                    a.timelyShare(),
                    a.duplicates(),
                    a.unfounded(),
                    a.malicious(),
                    a.score(),
                    a.recommendation(),
                    a.reasons());
        }
    }
}
