package org.qingfeng.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qingfeng.audit.AuditFixtures;
import org.qingfeng.audit.AuditProperties;
import org.qingfeng.audit.chain.rules.Anchor;
import org.qingfeng.audit.chain.rules.AnchorSigner;
import org.qingfeng.audit.chain.rules.Chain;
import org.qingfeng.audit.chain.rules.ChainLink;
import org.qingfeng.testsupport.TestInfrastructure;

/** {@code verify} run in-process with its arguments: exit 0 on an intact chain, 1 on a tampered one. */
class VerifyCommandIT {

    @TempDir
    Path dir;

    private MongoClient client;
    private String database;
    private Path anchorFile;

    @BeforeEach
    void aChainOfFiftyRecordsAnchoredEveryTen() {
        client = MongoClients.create(TestInfrastructure.mongoUri());
        database = TestInfrastructure.uniqueDatabase("audit-verify");
        anchorFile = dir.resolve("anchors.log");
        MongoDatabase db = client.getDatabase(database);
        ChainStore store = new ChainStore(db);
        AnchorFile witness = new AnchorFile(properties());
        AnchorSigner signer = AnchorSigner.withKey(AuditProperties.LOCAL_ANCHOR_KEY);
        List<ChainLink> links = Chain.empty()
                .next(LongStream.rangeClosed(1, 50)
                        .mapToObj(AuditFixtures::anyFields)
                        .toList());
        store.append(links);
        links.stream().filter(l -> l.seq() % 10 == 0).forEach(l -> {
            Anchor anchor = new Anchor(l.seq(), l.hash(), Instant.parse("2026-11-21T00:00:00Z"));
            witness.append(signer.line(anchor));
            store.saveAnchor(anchor);
        });
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void exitsZeroOnAnIntactChain() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(run(out)).isEqualTo(VerifyCommand.INTACT);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("完好，未发现问题 / intact, nothing found")
                .contains("记录 / records: 50 (seq 1–50)");
    }

    @Test
    void exitsOneWhenARecordWasRemoved() {
        client.getDatabase(database).getCollection("audit_chain").deleteOne(Filters.eq("_id", 17L));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(run(out)).isEqualTo(VerifyCommand.FOUND);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("[删除 / REMOVED] seq 17");
    }

    @Test
    void exitsOneWhenTheAnchorFileWasRewritten() throws IOException {
        List<String> lines = Files.readAllLines(anchorFile);
        Files.write(anchorFile, lines.subList(0, 4));
        Files.writeString(
                anchorFile, lines.get(4).replace(" 50 ", " 49 ") + "\n", java.nio.file.StandardOpenOption.APPEND);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(run(out)).isEqualTo(VerifyCommand.FOUND);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("锚点不符 / ANCHOR_MISMATCH");
    }

    private int run(ByteArrayOutputStream out) {
        return VerifyCommand.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                "--spring.mongodb.uri=" + TestInfrastructure.mongoUri(),
                "--spring.mongodb.database=" + database,
                "--qingfeng.audit.anchor-file=" + anchorFile);
    }

    private AuditProperties properties() {
        return new AuditProperties(
                anchorFile, AuditProperties.LOCAL_ANCHOR_KEY, 10, java.time.Duration.ofMinutes(10), (short) 1);
    }
}
