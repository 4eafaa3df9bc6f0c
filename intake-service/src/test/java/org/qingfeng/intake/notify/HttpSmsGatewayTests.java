package org.qingfeng.intake.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HttpSmsGatewayTests {

    private static final String PHONE = "13800000001";
    private static final String TEXT = "【清风预警网】城关镇2026年10月预警信息月报将于11月1日开始报送，截止11月5日。";

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 200;
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", exchange -> {
            requests.add(exchange.getRequestMethod() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization")
                    + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void postsTheNumberAndTextAsJsonWithTheBearerToken() {
        gateway("/sms").send(PHONE, TEXT);

        assertThat(requests).hasSize(1);
        String request = requests.get(0);
        assertThat(request).startsWith("POST Bearer t0ken application/json ");
        JsonNode body = JsonMapper.shared().readTree(request.substring(request.indexOf('{')));
        assertThat(body.get("to").asString()).isEqualTo(PHONE);
        assertThat(body.get("text").asString()).isEqualTo(TEXT);
        assertThat(meters.counter("intake.notify.sent", "channel", "sms").count())
                .isOne();
    }

    @Test
    void anAnswerOtherThan2xxIsAFailureThatNamesNoRecipient() {
        status = 502;

        assertThatThrownBy(() -> gateway("/sms").send(PHONE, TEXT))
                .isInstanceOf(NotificationFailed.class)
                .hasMessage("the SMS gateway answered 502")
                .hasNoCause();
        assertThat(meters.counter("intake.notify.failed", "channel", "sms").count())
                .isOne();
    }

    @Test
    void aGatewayThatDoesNotAnswerInTimeIsAFailure() {
        HttpSmsGateway gateway = new HttpSmsGateway(
                URI.create(base() + "/slow"), null, Duration.ofSeconds(1), Duration.ofMillis(300), meters);

        assertThatThrownBy(() -> gateway.send(PHONE, TEXT))
                .isInstanceOf(NotificationFailed.class)
                .hasMessageContaining("not reached")
                .hasMessageNotContaining(PHONE);
    }

    private HttpSmsGateway gateway(String path) {
        return new HttpSmsGateway(
                URI.create(base() + path), "t0ken", Duration.ofSeconds(1), Duration.ofSeconds(2), meters);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void theMessageToTheGatewayPrintsWithoutTheNumber() {
        assertThat(new HttpSmsGateway.Message(PHONE, TEXT).toString()).doesNotContain(PHONE);
    }
}
