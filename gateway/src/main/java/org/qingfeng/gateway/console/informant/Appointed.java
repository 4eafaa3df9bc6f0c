package org.qingfeng.gateway.console.informant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Intake's answer to an appointment: the new informant's pseudonymous token. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Appointed(String informantToken) {}
