package org.qingfeng.support.calendar;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A date fell in a year the configuration has no table for. A deadline computed by guessing would be
 * wrong on a holiday or a swapped working day, so nothing is guessed: add the year's published table
 * under {@code qingfeng.calendar.years}. Over HTTP it is a {@code 500} problem naming the year, since
 * only the operator can fix it.
 */
public class NoWorkingDayTable extends ErrorResponseException {

    private final int year;
    private final String message;

    public NoWorkingDayTable(int year) {
        super(HttpStatus.INTERNAL_SERVER_ERROR);
        this.year = year;
        this.message = year + " 年没有工作日历表，请在配置 qingfeng.calendar.years." + year + " 中补充国务院办公厅公布的节假日安排"
                + " / no working-day table for " + year + ": add the published holiday arrangement under"
                + " qingfeng.calendar.years." + year;
        ProblemDetail problem = getBody();
        problem.setTitle("缺少工作日历 / Working-day table missing");
        problem.setDetail(message);
        problem.setProperty("year", year);
    }

    public int year() {
        return year;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
