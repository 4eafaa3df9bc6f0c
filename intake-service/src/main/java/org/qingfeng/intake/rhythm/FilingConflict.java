package org.qingfeng.intake.rhythm;

import java.util.List;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.intake.rhythm.rules.ReportingWindow;
import org.qingfeng.support.web.FieldProblem;
import org.qingfeng.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The unit already filed its report for the period: answered as a {@code 409} problem. */
final class FilingConflict extends ErrorResponseException {

    FilingConflict(ReportingWindow window, ComplianceState recorded) {
        super(HttpStatus.CONFLICT);
        String period = window.period().label();
        ProblemDetail problem = getBody();
        problem.setTitle("重复报送 / Already filed");
        problem.setDetail("该单位 " + period + " 的报告已报送（" + recorded + "），不能重复报送 / "
                + window.unit().code() + " has already filed its report for " + period + " (" + recorded + ")");
        problem.setProperty(
                Problems.ERRORS, List.of(new FieldProblem("period", "本期已报送 / already filed for this period")));
    }
}
