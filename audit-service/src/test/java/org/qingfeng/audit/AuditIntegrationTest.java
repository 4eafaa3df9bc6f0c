package org.qingfeng.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.qingfeng.contracts.Topics;
import org.qingfeng.testsupport.TestInfrastructure;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The whole service on the shared broker and Mongo wire server, one Spring context for every {@code
 * *IT} that extends this (a second would join the consumer group and take the one partition away).
 * Intake's registry topic exists as intake declares it; the audit topic the service declares
 * itself, with its one partition. Anchors every 5 records, into a file of this run.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class AuditIntegrationTest {

    public static final String SERVICE_GROUP = "audit-service";
    public static final String NETWORK_GROUP = "audit-service-network";
    public static final int ANCHOR_EVERY = 5;
    public static final Path ANCHOR_FILE = anchorFile();

    @Autowired
    protected MockMvcTester mvc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestKafka.createTopic(Topics.NETWORK_CHANGED.name());
        TestInfrastructure.register(registry, "audit");
        registry.add("qingfeng.audit.anchor-file", ANCHOR_FILE::toString);
        registry.add("qingfeng.audit.anchor-every", () -> ANCHOR_EVERY);
    }

    private static Path anchorFile() {
        try {
            Path dir = Files.createTempDirectory("qingfeng-audit-it");
            dir.toFile().deleteOnExit();
            return dir.resolve("anchors.log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
