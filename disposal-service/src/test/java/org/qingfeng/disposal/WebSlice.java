package org.qingfeng.disposal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.qingfeng.disposal.network.rules.NetworkNode;
import org.qingfeng.support.security.NodeAncestry;
import org.qingfeng.support.security.ParentLinks;
import org.qingfeng.support.security.ScopesAutoConfiguration;
import org.qingfeng.support.security.ServiceSecurityAutoConfiguration;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * What a web slice of disposal needs besides its controller: the service's security as it runs
 * (tokens checked against the test key, roles, scopes over the fixed county of {@link
 * NetworkFixtures}). Requests carry the token of work-station staff at the county unless they set
 * their own.
 */
@TestConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({ServiceSecurityAutoConfiguration.class, ScopesAutoConfiguration.class})
public class WebSlice {

    @Bean
    DynamicPropertyRegistrar testTokens() {
        return TestTokens::register;
    }

    @Bean
    NodeAncestry fixedCounty() {
        Map<String, @Nullable String> parents = new HashMap<>();
        NetworkFixtures.fixedCounty().stream()
                .map(NetworkNode::from)
                .forEach(node -> parents.put(node.code(), node.parentCode()));
        return ParentLinks.of(parents);
    }

    @Bean
    MockMvcBuilderCustomizer rootStaffToken() {
        return builder -> builder.defaultRequest(get("/").header(
                        HttpHeaders.AUTHORIZATION, TestTokens.bearer(NetworkFixtures.ROOT, "WORK_STATION_STAFF")));
    }
}
