package org.qingfeng.auth.user;

import java.util.List;
import org.qingfeng.auth.user.rules.UserRules;
import org.qingfeng.support.web.FieldProblem;
import org.qingfeng.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A {@code 400} problem naming each field the account rules refused. */
class InvalidUser extends ErrorResponseException {

    InvalidUser(List<UserRules.Violation> violations) {
        super(
                HttpStatus.BAD_REQUEST,
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        Problems.CHECK_FIELDS,
                        violations.stream()
                                .map(v -> new FieldProblem(v.field(), v.message()))
                                .toList()),
                null);
    }
}
