package org.qingfeng.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.qingfeng.audit.AuditFixtures;
import org.qingfeng.audit.AuditIntegrationTest;
import org.qingfeng.audit.chain.rules.ChainLink;
import org.qingfeng.audit.chain.rules.Finding;
import org.qingfeng.audit.chain.rules.VerificationReport;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.audit.AuditRecorded;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestInfrastructure;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Audit records from the topic chained in its order, once each, anchored, and a tampered document found. */
class AuditChainIT extends AuditIntegrationTest {

    private static final String TOPIC = Topics.AUDIT_RECORDED.name();

    @Autowired
    ChainStore store;

    @Autowired
    ChainVerification verification;

    @Autowired
    MongoDatabase database;

    @Value("${spring.mongodb.database}")
    String databaseName;

    @Test
    void chainsRecordsInTheTopicsOrderAndARedeliveryOnlyOnce() {
        long before = headSeq();
        List<AuditRecorded> published = IntStream.range(0, 7)
                .mapToObj(i -> AuditFixtures.anyRecorded("330281-10" + i))
                .toList();
        published.forEach(e -> TestKafka.publish(TOPIC, e.service(), e));
        TestKafka.publish(TOPIC, published.get(3).service(), published.get(3));
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, TOPIC);

        List<ChainLink> chained = store.after(before, 100);
        assertThat(chained)
                .extracting(link -> link.fields().eventId())
                .containsExactlyElementsOf(
                        published.stream().map(e -> e.eventId().toString()).toList());
        assertThat(chained)
                .extracting(ChainLink::seq)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, 7).mapToObj(i -> before + i).toList());
        for (int i = 1; i < chained.size(); i++) {
            assertThat(chained.get(i).prevHash()).isEqualTo(chained.get(i - 1).hash());
            assertThat(chained.get(i).selfConsistent()).isTrue();
        }
        assertThat(store.anchors())
                .extracting(a -> a.seq() % ANCHOR_EVERY)
                .containsOnly(0L)
                .isNotEmpty();
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void theVerifyCommandFindsATamperedDocument() {
        AuditRecorded event = AuditFixtures.anyRecorded("330281-101");
        TestKafka.publish(TOPIC, event.service(), event);
        TestKafka.publish(TOPIC, "intake-service", AuditFixtures.anyRecorded("330281-102"));
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, TOPIC);
        long seq = store.after(0, 10_000).stream()
                .filter(link -> event.eventId().toString().equals(link.fields().eventId()))
                .findFirst()
                .orElseThrow()
                .seq();
        assertThat(verify()).isEqualTo(VerifyCommand.INTACT);

        var chain = database.getCollection("audit_chain");
        try {
            chain.updateOne(Filters.eq("_id", seq), Updates.set("actor", "u-someone-else"));

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = VerifyCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8), arguments());
            assertThat(exit).isEqualTo(VerifyCommand.FOUND);
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("篡改 / ALTERED")
                    .contains("seq " + seq);
            VerificationReport report = verification.verify();
            assertThat(report.findings())
                    .containsExactly(
                            Finding.at(Finding.Kind.ALTERED, seq, "哈希与内容不符 / the hash does not match the content"));
        } finally {
            chain.updateOne(Filters.eq("_id", seq), Updates.set("actor", event.actor()));
        }
        assertThat(verify()).isEqualTo(VerifyCommand.INTACT);
    }

    private int verify() {
        return VerifyCommand.run(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), arguments());
    }

    private String[] arguments() {
        return new String[] {
            "--spring.mongodb.uri=" + TestInfrastructure.mongoUri(),
            "--spring.mongodb.database=" + databaseName,
            "--qingfeng.audit.anchor-file=" + ANCHOR_FILE
        };
    }

    private long headSeq() {
        return store.head().map(ChainLink::seq).orElse(0L);
    }
}
