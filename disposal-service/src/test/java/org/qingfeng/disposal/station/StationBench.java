package org.qingfeng.disposal.station;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.qingfeng.disposal.cases.Cases;
import org.qingfeng.disposal.network.NodeDirectory;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.security.NodeAncestry;
import org.qingfeng.support.security.Scopes;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The station's case list as the controller serves it ({@code GET /api/cases}: scope, filter, order,
 * rows and counts), without HTTP, JSON writing and the audit trail's send, for the benchmark.
 */
public final class StationBench {

    private final StationCaseController controller;

    public StationBench(Cases cases, NodeDirectory directory, NodeAncestry ancestry, Instant now) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("cases", cases);
        beans.registerSingleton("clock", Clock.fixed(now, ZoneOffset.UTC));
        StationCases station = new StationCases(
                beans.getBeanProvider(Cases.class),
                beans.getBeanProvider(org.qingfeng.disposal.cases.CaseSteps.class),
                beans.getBeanProvider(org.qingfeng.disposal.cases.CaseOpening.class),
                beans.getBeanProvider(org.qingfeng.disposal.cases.CaseFiles.class),
                beans.getBeanProvider(org.qingfeng.disposal.cases.NoticeTitles.class),
                beans.getBeanProvider(Clock.class),
                new Scopes(ancestry),
                directory);
        this.controller = new StationCaseController(station, new Unaudited());
    }

    /** Signs in as {@code roles} held at {@code node} for the calling thread. */
    public static void signIn(String node, String... roles) {
        Jwt jwt = Jwt.withTokenValue("bench")
                .header("alg", "none")
                .subject("u-bench")
                .claim(Actors.ROLES_CLAIM, List.of(roles))
                .claim(Actors.NODE_CLAIM, node)
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }

    /** The default list (unfinished, 50 rows) for the signed-in caller: the rows and the counts' total. */
    public Listed list() {
        StationCaseController.Listing listing = controller.list(null, null, null, null);
        return new Listed(
                listing.cases().size(),
                listing.counts().get("open") + listing.counts().get("finished"));
    }

    public record Listed(int rows, long counted) {}

    private static final class Unaudited implements AuditTrail {

        @Override
        public void record(Actor actor, AuditEntry entry) {}

        @Override
        public void recordAll(Actor actor, List<AuditEntry> entries) {}
    }
}
