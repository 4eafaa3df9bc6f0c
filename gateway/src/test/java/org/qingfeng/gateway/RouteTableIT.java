package org.qingfeng.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Which route each API path takes, from the route table in {@code application.yml}, first match
 * wins as in the gateway itself. Shares the stubbed gateway's context, so it costs no start-up.
 */
class RouteTableIT extends StubbedGateway {

    @Autowired
    RouteLocator routes;

    @ParameterizedTest
    @CsvSource({
        "POST, /api/items, intake",
        "POST, /api/items/on-behalf, intake",
        "POST, /api/items/questions, intake",
        "GET, /api/items/batch-template, intake",
        "GET, /api/items/7d1c/attachments/a1, intake",
        "POST, /api/receipts/status, intake",
        "POST, /api/receipts/answers, intake",
        "POST, /api/receipts/confirmation, intake",
        "POST, /api/channels/sms, intake",
        "PUT, /api/reviewers/names, intake",
        "GET, /api/reviewers/names, intake",
        "POST, /api/reporting/quarterly-reports, intake",
        "GET, /api/network/nodes, intake",
        "POST, /api/network/import, intake-import",
        "GET, /api/network/export, intake",
        "GET, /api/network/template, intake",
        "POST, /api/informants, intake",
        "GET, /api/informants, intake",
        "POST, /api/informants/decisions, intake",
        "POST, /api/informants/record, intake",
        "POST, /api/reporting/reports, intake",
        "GET, /api/reporting/windows, intake",
        "PUT, /api/reporting/contacts, intake",
        "POST, /api/triage, analysis",
        "GET, /api/assessments/2026, analysis",
        "GET, /api/analysis/network, analysis",
        "GET, /api/compliance, analysis",
        "GET, /api/ledgers/2026-11, analysis",
        "GET, /api/triage/board, analysis",
        "POST, /api/triage/conflicts, analysis",
        "POST, /api/triage/conflicts/withdrawal, analysis",
        "GET, /api/analysis/months/2026-11, analysis",
        "GET, /api/analysis/trend, analysis",
        "POST, /api/analysis/findings, analysis",
        "POST, /api/periods/close, analysis",
        "GET, /api/periods/2026-11, analysis",
        "GET, /api/reports/quarterly/2026-Q3, analysis",
        "GET, /api/reports/quarterly/2026-Q3/docx, analysis",
        "PUT, /api/reports/quarterly/2026-Q3/draft, analysis",
        "GET, /api/index/2026-Q3, analysis",
        "GET, /api/index/trend, analysis",
        "GET, /api/register, analysis",
        "POST, /api/register/points, analysis",
        "GET, /api/register/export, analysis",
        "POST, /api/register/import, analysis-import",
        "GET, /api/disposal/findings, disposal",
        "GET, /api/disposal/network, disposal",
        "GET, /api/reporting-signals, disposal",
        "GET, /api/cases, disposal",
        "GET, /api/cases/summary, disposal",
        "POST, /api/cases, disposal",
        "GET, /api/cases/5b1c/attachments/7d3e, disposal",
        "GET, /api/cases/5b1c/notices/2.pdf, disposal",
        "POST, /api/cases/5b1c/verification, disposal",
        "GET, /api/inbox, disposal",
        "GET, /api/inbox/5b1c, disposal",
        "POST, /api/inbox/5b1c/acknowledgement, disposal",
        "POST, /api/inbox/5b1c/reply, disposal-reply",
        "GET, /api/bulletins/2026-11, disposal",
        "GET, /api/bulletins/2026-11.ofd, disposal"
    })
    void routesEachPathToItsService(String method, String path, String route) {
        assertThat(routeOf(method, path)).isEqualTo(route);
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /api/informantsx",
        "GET, /api/reporting-other",
        "GET, /api/triagex",
        "GET, /api/compliance/x",
        "GET, /api/registerx",
        "GET, /api/indexes",
        "GET, /api/warnings",
        "GET, /api/warnings/summary",
        "GET, /api/casesx"
    })
    void routesNoPathOutsideTheTable(String method, String path) {
        assertThat(routeOf(method, path)).isEqualTo("none");
    }

    @ParameterizedTest
    @CsvSource({
        "POST, /api/items, multipart/form-data; boundary=x, intake-upload",
        "POST, /api/items/batch, multipart/form-data; boundary=x, intake-upload",
        "POST, /api/items, application/json, intake",
        "POST, /api/items/on-behalf, multipart/form-data; boundary=x, intake"
    })
    void sendsUploadsThroughTheUploadRouteAndJsonThroughIntakes(
            String method, String path, String contentType, String route) {
        assertThat(routeOf(method, path, contentType)).isEqualTo(route);
    }

    private String routeOf(String method, String path) {
        return routeOf(method, path, "application/json");
    }

    private String routeOf(String method, String path, String contentType) {
        MockServerWebExchange exchange =
                MockServerWebExchange.from(MockServerHttpRequest.method(HttpMethod.valueOf(method), path)
                        .header("Content-Type", contentType)
                        .build());
        return routes.getRoutes()
                .concatMap(route -> Mono.from(route.getPredicate().apply(exchange))
                        .filter(Boolean::booleanValue)
                        .map(matched -> route))
                .next()
                .map(Route::getId)
                .defaultIfEmpty("none")
                .block();
    }
}
