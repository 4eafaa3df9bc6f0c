package org.qingfeng.intake.submission;

import java.util.List;
import org.qingfeng.contracts.intake.SubmissionReceived;

/** Intake's system of record for submissions: once {@link #append} returns, the submissions are durable. */
interface SubmissionLog {

    /**
     * Writes the submissions and returns once the broker has acknowledged every one of them.
     *
     * @throws org.qingfeng.intake.web.ServiceUnavailable when it was not acknowledged in time
     */
    void append(List<SubmissionReceived> submissions);
}
