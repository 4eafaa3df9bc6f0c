package org.qingfeng.support.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaOperations;

/** Sending that is only done once the broker has acknowledged every record (acks=all). */
public final class Acks {

    private Acks() {}

    /** Sends the records in order and waits, at most {@code timeout} in all, for every acknowledgement. */
    public static void sendAll(
            KafkaOperations<String, Object> kafka, List<ProducerRecord<String, Object>> records, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<CompletableFuture<?>> acks = new ArrayList<>(records.size());
        try {
            records.forEach(record -> acks.add(kafka.send(record)));
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw new AckFailed("the broker refused a record", e.getCause());
        } catch (TimeoutException e) {
            throw new AckFailed("no acknowledgement within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AckFailed("interrupted while waiting for acknowledgements", e);
        } catch (RuntimeException e) {
            throw new AckFailed("the producer could not send", e);
        }
    }

    /** The broker did not acknowledge in time, or refused: nothing may be reported as durable. */
    public static final class AckFailed extends RuntimeException {

        AckFailed(String message, Throwable cause) {
            super(message + ": " + cause.getMessage(), cause);
        }
    }
}
