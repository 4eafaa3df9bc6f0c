package org.qingfeng.analysis.register;

import java.util.List;
import org.qingfeng.support.web.FieldProblem;
import org.qingfeng.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A file that is not a workbook the import can read: refused before anything is checked. */
final class WorkbookRefused extends ErrorResponseException {

    private WorkbookRefused(HttpStatus status, String title, String detail) {
        super(status, problem(status, title, detail), null);
    }

    static WorkbookRefused notXlsx() {
        return new WorkbookRefused(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "不是 .xlsx 工作簿 / Not an .xlsx workbook",
                "请上传 Excel 2007 及以后的 .xlsx 文件（旧的 .xls 请另存为 .xlsx） / Upload an .xlsx file (save an old .xls as"
                        + " .xlsx first)");
    }

    static WorkbookRefused unreadable() {
        return new WorkbookRefused(
                HttpStatus.BAD_REQUEST,
                "工作簿无法读取 / Unreadable workbook",
                "文件已损坏或不是有效的 .xlsx 工作簿 / The file is damaged or not a valid .xlsx workbook");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = Problems.of(status, detail, List.<FieldProblem>of());
        problem.setTitle(title);
        return problem;
    }
}
