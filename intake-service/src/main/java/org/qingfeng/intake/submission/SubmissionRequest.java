package org.qingfeng.intake.submission;

import org.qingfeng.intake.submission.rules.SubmissionDraft;

/** One submission of a batch: what it says and how it came. */
public record SubmissionRequest(SubmissionDraft draft, SubmissionContext context) {}
