package org.qingfeng.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingfeng.support.kafka.RecordFixtures.anUnreadableRecord;
import static org.qingfeng.support.kafka.RecordFixtures.anyRecord;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteConcernResult;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.bulk.WriteConcernError;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.bson.BsonDocument;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.qingfeng.support.kafka.RetryPolicy.Failure;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

class RetryPolicyTests {

    private static final ServerAddress SERVER = new ServerAddress();

    private final RetryPolicy policy = new RetryPolicy(Duration.ofMillis(500), 2, Duration.ofSeconds(10));

    @Test
    void retriesAFailedWriteForAsLongAsItTakesAtMostTenSecondsApartWhileTheStoreIsAway() {
        Exception storeAway = listenerFailed(failedWrite(new MongoTimeoutException("no server within 30000 ms")));

        assertThat(RetryPolicy.classify(storeAway)).isEqualTo(Failure.INFRASTRUCTURE);
        assertUnlimitedAndAtMostTenSecondsApart(policy.backOffFor(storeAway));
    }

    @Test
    void retriesWithoutLimitWhileTheBrokerDoesNotAcknowledgeWhatAWriteSends() {
        Exception noAck = listenerFailed(failedWrite(new Acks.AckFailed("no acknowledgement", new TimeoutException())));
        Exception refused = listenerFailed(failedWrite(
                new Acks.AckFailed("the broker refused a record", new NotEnoughReplicasException("2 < 3"))));

        assertUnlimitedAndAtMostTenSecondsApart(policy.backOffFor(noAck));
        assertUnlimitedAndAtMostTenSecondsApart(policy.backOffFor(refused));
    }

    @Test
    void takesAStoreThatCannotBeReachedOrCannotAcknowledgeTheWriteConcernForTheInfrastructure() {
        MongoWriteConcernException concern = new MongoWriteConcernException(
                new WriteConcernError(
                        64, "WriteConcernTimeout", "waiting for replication timed out", new BsonDocument()),
                WriteConcernResult.unacknowledged(),
                SERVER,
                Set.of());

        assertThat(RetryPolicy.classify(
                        failedWrite(new MongoSocketOpenException("refused", SERVER, new IOException()))))
                .isEqualTo(Failure.INFRASTRUCTURE);
        assertThat(RetryPolicy.classify(failedWrite(concern))).isEqualTo(Failure.INFRASTRUCTURE);
        assertThat(RetryPolicy.classify(failedWrite(bulkWriteFailure(concern.getWriteConcernError()))))
                .isEqualTo(Failure.INFRASTRUCTURE);
    }

    @Test
    void takesAWriteErrorOfTheDocumentsThemselvesForAFailureOfTheRecord() {
        assertThat(RetryPolicy.classify(failedWrite(bulkWriteFailure(null)))).isEqualTo(Failure.OTHER);
        assertThat(RetryPolicy.classify(failedWrite(
                        new Acks.AckFailed("the broker refused a record", new RecordTooLargeException("too large")))))
                .isEqualTo(Failure.OTHER);
    }

    @Test
    void sendsAnUnreadableRecordToTheDeadLetterTopicAtOnce() {
        Exception unreadable = listenerFailed(unreadableRecord());

        assertThat(RetryPolicy.classify(unreadable)).isEqualTo(Failure.UNREADABLE);
        assertThat(policy.backOffFor(unreadable).start().nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }

    @Test
    void givesAnyOtherFailureOfOneRecordAFewRetriesThenTheDeadLetterTopic() {
        Exception other =
                listenerFailed(new BatchListenerFailedException("bad record", new IllegalStateException(), 3));

        assertThat(RetryPolicy.classify(other)).isEqualTo(Failure.OTHER);
        BackOffExecution execution = policy.backOffFor(other).start();
        assertThat(List.of(execution.nextBackOff(), execution.nextBackOff(), execution.nextBackOff()))
                .containsExactly(500L, 500L, BackOffExecution.STOP);
    }

    @Test
    void takesUnreadableForUnreadableEvenWhenTheWriteOfTheRecordsBeforeItFailedToo() {
        Throwable both = new UnreadableEvent("unreadable", new WriteFailed(new MongoTimeoutException("away")));

        assertThat(RetryPolicy.classify(both)).isEqualTo(Failure.UNREADABLE);
    }

    private static void assertUnlimitedAndAtMostTenSecondsApart(BackOff backOff) {
        BackOffExecution execution = backOff.start();
        assertThat(IntStream.range(0, 1_000).mapToLong(i -> execution.nextBackOff()))
                .allMatch(interval -> interval != BackOffExecution.STOP && interval <= 10_000)
                .contains(10_000L);
    }

    private static Exception listenerFailed(Exception cause) {
        return new ListenerExecutionFailedException("listener failed", cause);
    }

    private static BatchListenerFailedException failedWrite(RuntimeException failure) {
        return failedPoll(anyRecord(0, "v"), written -> {
            throw failure;
        });
    }

    private static BatchListenerFailedException unreadableRecord() {
        return failedPoll(anUnreadableRecord(0), written -> {});
    }

    private static BatchListenerFailedException failedPoll(
            ConsumerRecord<String, @Nullable Object> record, Consumer<List<String>> write) {
        try {
            Polls.process(List.of(record), String.class, Function.identity(), write);
        } catch (BatchListenerFailedException e) {
            return e;
        }
        throw new AssertionError("the poll should have failed");
    }

    private static MongoBulkWriteException bulkWriteFailure(@Nullable WriteConcernError concern) {
        BulkWriteError duplicate = new BulkWriteError(11000, "E11000 duplicate key", new BsonDocument(), 0);
        return new MongoBulkWriteException(
                BulkWriteResult.acknowledged(0, 0, 0, 0, List.of(), List.of()),
                List.of(duplicate),
                concern,
                SERVER,
                Set.of());
    }
}
