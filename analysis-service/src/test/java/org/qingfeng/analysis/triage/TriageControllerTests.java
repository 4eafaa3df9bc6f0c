package org.qingfeng.analysis.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.qingfeng.analysis.NetworkFixtures;
import org.qingfeng.analysis.WebSlice;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.analysis.Classification;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(TriageController.class)
@Import({Triage.class, WebSlice.class, TriageControllerTests.Beans.class})
class TriageControllerTests {

    private static final UUID ITEM = UUID.fromString("0b9f3c5e-6a4d-4e8b-9f21-3c7d5a1e8b40");
    private static final Instant NOW = Instant.parse("2026-11-05T06:20:00Z");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    TriageItemStore items;

    @MockitoBean
    KafkaTemplate<String, Object> kafka;

    @MockitoBean
    AuditTrail audit;

    @MockitoBean
    ReviewerExclusions exclusions;

    @Test
    void publishesTheDecisionWithTheItemsNextNumberAndAnswers202() {
        given(items.regionOf(ITEM)).willReturn(Optional.of(NetworkFixtures.VILLAGE));
        given(items.known(ITEM)).willReturn(true);
        given(items.claimNext(ITEM)).willReturn(OptionalInt.of(2));
        given(kafka.send(any(ProducerRecord.class)))
                .willAnswer(call -> CompletableFuture.completedFuture(new SendResult<>(call.getArgument(0), null)));

        MvcTestResult result = post("""
                {"itemId": "%s", "decision": "ACCEPTED", "classification": {"subjectArea": "work-style", "severity": "MINOR"}}""".formatted(ITEM));

        assertThat(result).hasStatus(HttpStatus.ACCEPTED);
        assertThat(result).bodyJson().isStrictlyEqualTo("""
                {"itemId": "%s", "sequence": 2}""".formatted(ITEM));
        ArgumentCaptor<ProducerRecord<String, Object>> sent = ArgumentCaptor.captor();
        then(kafka).should().send(sent.capture());
        assertThat(sent.getValue().topic()).isEqualTo("analysis.item-triaged.v1");
        assertThat(sent.getValue().key()).isEqualTo(ITEM.toString());
        assertThat(sent.getValue().value())
                .usingRecursiveComparison()
                .ignoringFields("decidedBy")
                .isEqualTo(new ItemTriaged(
                        EventIds.derive("item-triaged", ITEM + "#2"),
                        NOW,
                        ITEM,
                        2,
                        TriageDecision.ACCEPTED,
                        null,
                        null,
                        new Classification("work-style", null, null, Severity.MINOR, null),
                        null));
        assertThat(((ItemTriaged) sent.getValue().value()).decidedBy()).startsWith("u-");
    }

    @Test
    void auditsTheDecisionsNameWithTheCallerButNeverTheReason() {
        given(items.regionOf(ITEM)).willReturn(Optional.of(NetworkFixtures.VILLAGE));
        given(items.known(ITEM)).willReturn(true);
        given(items.claimNext(ITEM)).willReturn(OptionalInt.of(1));
        given(kafka.send(any(ProducerRecord.class)))
                .willAnswer(call -> CompletableFuture.completedFuture(new SendResult<>(call.getArgument(0), null)));

        MvcTestResult result = mvc.post()
                .uri("/api/triage")
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer "
                                + TestTokens.token()
                                        .subject("u-triager")
                                        .node(NetworkFixtures.ROOT)
                                        .roles("WORK_STATION_STAFF")
                                        .sign())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"itemId": "%s", "decision": "UNFOUNDED", "reason": "经核查与事实不符。"}""".formatted(ITEM))
                .exchange();

        assertThat(result).hasStatus(HttpStatus.ACCEPTED);
        ArgumentCaptor<Actor> actor = ArgumentCaptor.captor();
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.captor();
        then(audit).should().record(actor.capture(), entry.capture());
        assertThat(actor.getValue().subject()).isEqualTo("u-triager");
        assertThat(entry.getValue())
                .isEqualTo(AuditEntry.of(AuditAction.TRIAGE_DECIDED, "item", ITEM.toString(), NetworkFixtures.VILLAGE)
                        .detail("UNFOUNDED"));
    }

    @Test
    void answersAnItemOutsideTheCallersSubtreeAsNotFoundAndDecidesNothing() {
        given(items.regionOf(ITEM)).willReturn(Optional.of(NetworkFixtures.OTHER_VILLAGE));
        given(items.known(ITEM)).willReturn(true);

        MvcTestResult result = mvc.post()
                .uri("/api/triage")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(NetworkFixtures.TOWNSHIP, "WORK_STATION_STAFF"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"itemId": "%s", "decision": "ACCEPTED", "classification": {"subjectArea": "work-style", "severity": "MINOR"}}""".formatted(ITEM))
                .exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        then(items).should(never()).claimNext(any());
        then(audit).shouldHaveNoInteractions();
        then(kafka).should(never()).send(any(ProducerRecord.class));
    }

    @Test
    void refusesTownshipStaffWith403() {
        MvcTestResult township = mvc.post()
                .uri("/api/triage")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(NetworkFixtures.TOWNSHIP, "TOWNSHIP_STAFF"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"itemId": "%s", "decision": "ACCEPTED", "classification": {"subjectArea": "work-style", "severity": "MINOR"}}""".formatted(ITEM))
                .exchange();

        assertThat(township).hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        then(items).shouldHaveNoInteractions();
    }

    @Test
    void namesEveryBrokenRuleAndPublishesNothing() {
        MvcTestResult result = post("""
                {"itemId": "%1$s", "decision": "DUPLICATE", "relatedItemId": "%1$s"}""".formatted(ITEM));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("relatedItemId");
        then(items).should(never()).claimNext(any());
        then(kafka).should(never()).send(any(ProducerRecord.class));
    }

    @Test
    void refusesAnItemAnalysisHasNotSeen() {
        MvcTestResult result = post("""
                {"itemId": "%s", "decision": "ACCEPTED", "classification": {"subjectArea": "work-style", "severity": "MINOR"}}""".formatted(ITEM));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("itemId");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("分析服务尚未收到该事项 / analysis has not seen this item submitted");
    }

    @Test
    void namesAnUnknownDecisionWithTheAllowedValues() {
        MvcTestResult result = post("""
                {"itemId": "%s", "decision": "MAYBE"}""".formatted(ITEM));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("decision");
    }

    @Test
    void answers503WithRetryAfterWhenTheBrokerDoesNotAcknowledge() {
        given(items.known(ITEM)).willReturn(true);
        given(items.claimNext(ITEM)).willReturn(OptionalInt.of(1));
        given(kafka.send(any(ProducerRecord.class)))
                .willReturn(CompletableFuture.failedFuture(new TimeoutException("no broker")));

        MvcTestResult result = post("""
                {"itemId": "%s", "decision": "ACCEPTED", "classification": {"subjectArea": "work-style", "severity": "MINOR"}}""".formatted(ITEM));

        assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasHeader(HttpHeaders.RETRY_AFTER, "10");
    }

    private MvcTestResult post(String body) {
        return mvc.post()
                .uri("/api/triage")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TriageProperties.class)
    static class Beans {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
