package org.qingfeng.intake.followup;

import java.util.UUID;

/** The answer to every follow-up step accepted: its id, which an answer to a question names. */
record Recorded(UUID followUpId) {}
