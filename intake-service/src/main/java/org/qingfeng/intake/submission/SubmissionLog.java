package org.qingfeng.intake.submission;

import org.qingfeng.contracts.intake.SubmissionReceived;

/** Intake's system of record for submissions: once {@link #append} returns, the submission is durable. */
interface SubmissionLog {

    /**
     * Writes the submission and returns once the broker has acknowledged it.
     *
     * @throws org.qingfeng.intake.web.ServiceUnavailable when it was not acknowledged in time
     */
    void append(SubmissionReceived submission);
}
