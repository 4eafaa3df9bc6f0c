package org.qingfeng.disposal.cases;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.serialization.StringSerializer;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.disposal.DisposalProperties;
import org.qingfeng.disposal.cases.rules.CaseMachine;
import org.qingfeng.disposal.cases.rules.Deadlines;
import org.qingfeng.disposal.cases.rules.Ladders;
import org.qingfeng.disposal.network.NodeDirectory;
import org.qingfeng.disposal.network.rules.NetworkNode;
import org.qingfeng.support.calendar.WorkingDayCalendar;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;

/**
 * The cases projection and the deadline sweeper wired by hand over one database, for the
 * benchmark: the store's own write path ({@link CaseStore#apply}, what {@link CaseListener} calls per
 * poll) and the real sweeper publishing to a producer that acknowledges at once.
 */
public final class CasesBench {

    private final CaseStore store;
    private final DeadlineSweeper sweeper;
    private final KeptOpen producer = new KeptOpen();

    public CasesBench(MongoDatabase database, WorkingDayCalendar calendar, Instant now) {
        this.store = new CaseStore(database);
        KafkaTemplate<String, Object> kafka = new KafkaTemplate<>(new MockProducerFactory<>(() -> producer));
        DisposalProperties properties = new DisposalProperties(
                new DisposalProperties.Kafka((short) 1, Duration.ofSeconds(10)), Duration.ofSeconds(30));
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        NodeDirectory noNetwork = new NodeDirectory() {
            @Override
            public Optional<NetworkNode> node(String code) {
                return Optional.empty();
            }

            @Override
            public Optional<NetworkNode> stationOf(String code) {
                return Optional.empty();
            }
        };
        CaseJournal journal = new CaseJournal(
                kafka, new NoticeNumberStore(database), properties, new StepClaimStore(database), clock, noNetwork);
        CaseMachine machine = new CaseMachine(Ladders.defaults(), new Deadlines(calendar));
        this.sweeper = new DeadlineSweeper(store, machine, journal, clock);
    }

    /** One poll through the listener's write path; answers how many steps were applied. */
    public int apply(List<CaseStepped> poll) {
        return store.apply(poll).size();
    }

    public Cases cases() {
        return store;
    }

    /** One sweep at {@code now}: the number of cases escalated (published, not yet projected). */
    public int sweep(Instant now) {
        return sweeper.sweep(now);
    }

    /** Records the sweeps published so far. */
    public int published() {
        return producer.history().size();
    }

    /**
     * Acknowledges every record at once. The template closes its producer after each send when not
     * in a transaction; this one stays open so that it can count what every sweep published.
     */
    private static final class KeptOpen extends MockProducer<String, Object> {

        KeptOpen() {
            super(true, new FirstPartition(), new StringSerializer(), (topic, value) -> new byte[0]);
        }

        @Override
        public void close() {}

        @Override
        public void close(Duration timeout) {}
    }

    /** The mock producer knows no topics, so no partitioner could count them: every record goes to partition 0. */
    private static final class FirstPartition implements Partitioner {

        @Override
        public int partition(
                String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes, Cluster cluster) {
            return 0;
        }

        @Override
        public void close() {}

        @Override
        public void configure(Map<String, ?> configs) {}
    }
}
