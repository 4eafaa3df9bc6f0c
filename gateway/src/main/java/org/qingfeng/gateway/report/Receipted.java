package org.qingfeng.gateway.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Intake's answer to an accepted submission: what the receipt page shows. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Receipted(String itemId, String receipt, String status, String submittedAt) {}
