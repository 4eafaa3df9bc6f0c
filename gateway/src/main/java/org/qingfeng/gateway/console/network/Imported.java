package org.qingfeng.gateway.console.network;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Intake's answer to an accepted workbook: how many nodes and informants it loaded. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Imported(int nodes, int informants) {}
