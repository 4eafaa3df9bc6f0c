package org.qingfeng.localstack.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadinessWaitTests {

    private final ReadinessWait wait = new ReadinessWait(Duration.ofSeconds(5), Duration.ofMillis(5));

    @Test
    void returnsReadyOnceTheCheckPasses() {
        AtomicInteger polls = new AtomicInteger();

        ReadinessWait.Outcome outcome = wait.await(() -> polls.incrementAndGet() == 3, new CompletableFuture<>());

        assertThat(outcome).isEqualTo(ReadinessWait.Outcome.READY);
        assertThat(polls).hasValue(3);
    }

    @Test
    void reportsAnExitInsteadOfWaitingForTheTimeout() {
        CompletableFuture<Object> exit = new CompletableFuture<>();
        AtomicInteger polls = new AtomicInteger();

        ReadinessWait.Outcome outcome = wait.await(
                () -> {
                    if (polls.incrementAndGet() == 2) {
                        exit.complete("exited");
                    }
                    return false;
                },
                exit);

        assertThat(outcome).isEqualTo(ReadinessWait.Outcome.EXITED);
        assertThat(polls).hasValue(2);
    }

    @Test
    void timesOutWhenTheCheckNeverPasses() {
        ReadinessWait shortWait = new ReadinessWait(Duration.ofMillis(50), Duration.ofMillis(5));

        ReadinessWait.Outcome outcome = shortWait.await(() -> false, new CompletableFuture<>());

        assertThat(outcome).isEqualTo(ReadinessWait.Outcome.TIMED_OUT);
    }

    @Test
    void neverCallsAProcessReadyThatHasAlreadyExited() {
        ReadinessWait.Outcome outcome = wait.await(() -> true, CompletableFuture.completedFuture("exited"));

        assertThat(outcome).isEqualTo(ReadinessWait.Outcome.EXITED);
    }
}
