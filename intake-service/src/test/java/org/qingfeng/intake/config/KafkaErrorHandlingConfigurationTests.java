package org.qingfeng.intake.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.qingfeng.intake.messaging.Polls;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

class KafkaErrorHandlingConfigurationTests {

    @Test
    void retriesAFailedWriteForAsLongAsItTakesAtMostTenSecondsApart() {
        Exception failedWrite = new ListenerExecutionFailedException("listener failed", failedWrite());

        BackOff backOff = KafkaErrorHandlingConfiguration.backOffFor(failedWrite);

        assertThat(backOff).isNotNull();
        BackOffExecution execution = backOff.start();
        assertThat(IntStream.range(0, 1_000).mapToLong(i -> execution.nextBackOff()))
                .allMatch(interval -> interval != BackOffExecution.STOP && interval <= 10_000);
    }

    @Test
    void leavesOtherFailuresToTheDefaultFewRetries() {
        Exception other = new ListenerExecutionFailedException(
                "listener failed", new BatchListenerFailedException("bad record", new IllegalStateException(), 3));

        assertThat(KafkaErrorHandlingConfiguration.backOffFor(other)).isNull();
    }

    private static BatchListenerFailedException failedWrite() {
        try {
            Polls.process(
                    List.of(new ConsumerRecord<>("t", 0, 0, "k", "v")), String.class, Function.identity(), written -> {
                        throw new IllegalStateException("store away");
                    });
        } catch (BatchListenerFailedException e) {
            return e;
        }
        throw new AssertionError("the write should have failed");
    }
}
