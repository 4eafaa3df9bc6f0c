package org.qingfeng.disposal.station;

import java.util.List;
import org.qingfeng.disposal.station.rules.Violation;
import org.qingfeng.support.web.FieldProblem;
import org.qingfeng.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A station request with fields the rules refused: a {@code 400} problem naming each of them. */
final class InvalidRequest extends ErrorResponseException {

    private InvalidRequest(List<Violation> violations) {
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

    /** Passes when nothing is wrong. */
    static void unless(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations);
        }
    }
}
