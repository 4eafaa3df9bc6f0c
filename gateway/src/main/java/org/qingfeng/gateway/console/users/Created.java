package org.qingfeng.gateway.console.users;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The authorization server's answer to a created account: its new id. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Created(String id) {}
