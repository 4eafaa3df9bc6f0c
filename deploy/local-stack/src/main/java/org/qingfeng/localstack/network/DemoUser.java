package org.qingfeng.localstack.network;

import java.util.List;

/** A made-up staff account of the demo county, created through the authorization server's admin API. */
public record DemoUser(String username, String displayName, List<String> roles, String node) {}
