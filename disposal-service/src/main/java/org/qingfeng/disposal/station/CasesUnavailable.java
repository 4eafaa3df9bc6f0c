package org.qingfeng.disposal.station;

import java.util.List;
import org.qingfeng.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The cases projection or its steps are not wired into this instance: a {@code 503} problem. */
final class CasesUnavailable extends ErrorResponseException {

    CasesUnavailable() {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "处置案件服务未就绪 / cases not available", List.of()),
                null);
    }
}
