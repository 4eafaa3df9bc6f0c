package org.qingfeng.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qingfeng.localstack.api.GatewayClient;
import org.qingfeng.localstack.network.DemoNetwork;
import org.qingfeng.localstack.service.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The four service jars as child JVMs on one broker and one store: items flow through the gateway
 * while analysis, disposal and intake are each killed with SIGKILL and restarted; every item that
 * was answered 202 must end with its status, one count in the ledger and one warning. The
 * services' output goes to {@code target/network-system-services.log}.
 */
class NetworkSystemIT {

    private static final Logger log = LoggerFactory.getLogger(NetworkSystemIT.class);
    private static final ZoneId COMMISSION_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Duration SETTLE = Duration.ofMinutes(2);

    private static SystemNetwork network;
    private static GatewayClient gateway;
    private static Projections projections;

    @BeforeAll
    static void startTheNetwork() throws IOException {
        network = SystemNetwork.start("network-system-services.log");
        gateway = network.gateway();
        projections = new Projections(network.mongo());
    }

    @AfterAll
    static void stopTheNetwork() {
        if (network != null) {
            network.close();
        }
    }

    @Test
    void issuesOneWarningAndOneCountPerAcceptedItemWhileEveryServiceIsKilledAndRestarted() throws Exception {
        Instant began = Instant.now();
        Traffic traffic = Traffic.start(gateway, 300, Duration.ofSeconds(18), 3);
        CompletableFuture<?> crashes = CompletableFuture.allOf(
                crashWhen(traffic, 40, Service.ANALYSIS),
                crashWhen(traffic, 110, Service.DISPOSAL),
                crashWhen(traffic, 180, Service.INTAKE));
        traffic.awaitEnd(Duration.ofMinutes(1));
        crashes.get();
        submitTwentyMoreOnceIntakeIsBack(traffic);
        Set<UUID> accepted = traffic.accepted();
        log.info("{} items accepted, {} attempts failed", accepted.size(), traffic.failed());
        assertThat(accepted).hasSizeGreaterThan(100);

        awaitEveryItemInDisposal(accepted);
        assertCountedOnceInTheLedger(accepted, traffic.failed(), began);
        assertOneCasePerItem(accepted);
        assertTheConsoleListsItems();
    }

    private static CompletableFuture<Void> crashWhen(Traffic traffic, int attempts, Service service) {
        return CompletableFuture.runAsync(() -> {
            await().atMost(Duration.ofMinutes(1)).until(() -> traffic.attempts() >= attempts);
            network.fleet().crashAndRestart(service);
        });
    }

    /** The gateway's breaker may still be open: the first success says intake is back. */
    private static void submitTwentyMoreOnceIntakeIsBack(Traffic traffic) {
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500))
                .until(traffic::submitOne);
        for (int i = 0; i < 20; i++) {
            assertThat(traffic.submitOne())
                    .as("submission %d after the restarts", i)
                    .isTrue();
        }
    }

    private static void awaitEveryItemInDisposal(Set<UUID> accepted) {
        Set<UUID> pending = new HashSet<>(accepted);
        await().atMost(SETTLE)
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptionsInstanceOf(IllegalStateException.class)
                .untilAsserted(() -> {
                    pending.removeIf(id -> SystemStatuses.IN_DISPOSAL.equals(
                            gateway.item(id).path("status").asString()));
                    assertThat(pending).as("items not in disposal").isEmpty();
                });
    }

    /**
     * The ledger counts each accepted item once. A request cut off by intake's kill may have been
     * durable without its 202: such an item is counted too, so the total may exceed the accepted
     * ones by at most the failed attempts, and must equal what intake registered.
     */
    private static void assertCountedOnceInTheLedger(Set<UUID> accepted, int failed, Instant began) {
        await().atMost(SETTLE).untilAsserted(() -> {
            Set<String> registered = projections.registeredItems();
            assertThat(registered)
                    .containsAll(accepted.stream().map(UUID::toString).toList());
            assertThat(registered.size() - accepted.size()).isBetween(0, failed);
            assertThat(ledgerTotal(began)).isEqualTo(registered.size());
            assertThat(projections.ledgerCounts())
                    .hasSize(registered.size())
                    .allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
            assertThat(projections.cases()).isEqualTo(registered.size());
        });
    }

    private static void assertOneCasePerItem(Set<UUID> accepted) {
        for (UUID id : accepted) {
            assertThat(projections.casesOf(id)).as("cases of %s", id).isEqualTo(1);
        }
    }

    /** Signed in as the demo work station's staff, through the authorization server's form. */
    private static void assertTheConsoleListsItems() {
        ConsoleSession station = ConsoleSession.signIn(
                network.settings().publicUrl(),
                "/",
                "station",
                network.settings().secrets().demoPassword());
        assertThat(station.get("/").body()).contains("/console/fragments/items");
        assertThat(station.get("/console/fragments/items").body())
                .contains("items-table")
                .contains(DemoNetwork.COUNTY_CODE + "-1");
    }

    private static int ledgerTotal(Instant began) {
        return Stream.of(began, Instant.now())
                .map(t -> YearMonth.from(t.atZone(COMMISSION_ZONE)).toString())
                .distinct()
                .mapToInt(month -> gateway.ledger(month).path("total").asInt())
                .sum();
    }
}
