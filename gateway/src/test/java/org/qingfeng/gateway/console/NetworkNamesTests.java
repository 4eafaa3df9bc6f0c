package org.qingfeng.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class NetworkNamesTests {

    private static final NodeNames CITY = NodeNames.of(List.of(new NetworkNode("330281-101", "TOWNSHIP", "城关镇")));

    private final AtomicInteger reads = new AtomicInteger();
    private final Queue<Mono<NodeNames>> answers = new ArrayDeque<>();
    private final Mono<NodeNames> registry = Mono.defer(() -> {
        reads.incrementAndGet();
        return answers.remove();
    });

    @Test
    void showsTheCodesWhenIntakeCannotBeRead() {
        answers.add(Mono.error(new IOException("connection refused")));

        NodeNames names =
                new NetworkNames(registry, Duration.ofMinutes(1)).current().block();

        assertThat(names).isNotNull();
        assertThat(names.name("330281-101")).isEqualTo(new Named("330281-101", "330281-101"));
    }

    @Test
    void readsTheRegistryOnceWhileTheNamesAreFresh() {
        answers.add(Mono.just(CITY));
        NetworkNames network = new NetworkNames(registry, Duration.ofMinutes(1));

        for (int row = 0; row < 5; row++) {
            assertThat(network.current().block()).isEqualTo(CITY);
        }

        assertThat(reads).hasValue(1);
    }

    @Test
    void keepsTheNamesLastReadWhenALaterReadFails() {
        answers.add(Mono.just(CITY));
        answers.add(Mono.error(new IOException("connection reset")));
        NetworkNames network = new NetworkNames(registry, Duration.ZERO);

        assertThat(network.current().block()).isEqualTo(CITY);
        assertThat(network.current().block()).isEqualTo(CITY);

        assertThat(reads).hasValue(2);
    }

    @Test
    void namesFromTheNodesAPageHasJustReadWithoutReadingTheRegistryAgain() {
        NetworkNames network = new NetworkNames(registry, Duration.ofMinutes(1));

        NodeNames names = network.from(Panel.of(List.of(new NetworkNode("330281-101", "TOWNSHIP", "城关镇"))))
                .block();

        assertThat(names).isEqualTo(CITY);
        assertThat(reads).hasValue(0);
    }

    @Test
    void fallsBackToTheCachedNamesWhenThePagesReadFailed() {
        answers.add(Mono.just(CITY));
        NetworkNames network = new NetworkNames(registry, Duration.ofMinutes(1));

        assertThat(network.from(Panel.unavailable()).block()).isEqualTo(CITY);
        assertThat(reads).hasValue(1);
    }
}
