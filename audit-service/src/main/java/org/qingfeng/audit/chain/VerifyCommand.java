package org.qingfeng.audit.chain;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.qingfeng.audit.AuditProperties;
import org.qingfeng.audit.chain.rules.Finding;
import org.qingfeng.audit.chain.rules.VerificationReport;
import org.qingfeng.support.mongo.MongoSupportAutoConfiguration;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * {@code java -jar audit-service-exec.jar verify [--spring.mongodb.uri=…] [--spring.mongodb.database=…]
 * [--qingfeng.audit.anchor-file=…]}: no web server, no Kafka, only Mongo and the anchor file. Prints
 * the report, Chinese first then English, and answers the exit code: 0 intact, 1 something found,
 * 2 the verification could not run.
 */
public final class VerifyCommand {

    public static final String NAME = "verify";
    public static final int INTACT = 0;
    public static final int FOUND = 1;
    public static final int FAILED = 2;

    private VerifyCommand() {}

    /** Runs the verifier with Spring-style arguments and answers the exit code; never exits the JVM. */
    public static int run(String... args) {
        return run(System.out, args);
    }

    static int run(PrintStream out, String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VerifyConfiguration.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN")
                .run(args)) {
            ChainVerification verification = context.getBean(ChainVerification.class);
            long started = System.nanoTime();
            VerificationReport report = verification.verify();
            print(out, report, verification.witness().path().toString(), Duration.ofNanos(System.nanoTime() - started));
            return report.intact() ? INTACT : FOUND;
        } catch (RuntimeException e) {
            out.println("校验无法进行 / Verification could not run: " + e.getMessage());
            return FAILED;
        }
    }

    static void print(PrintStream out, VerificationReport report, String witness, Duration took) {
        PrintStream utf8 = new PrintStream(out, true, StandardCharsets.UTF_8);
        utf8.println("审计链校验 / Audit chain verification");
        utf8.printf(
                "记录 / records: %d (seq %d–%d)；锚点文件 / anchor file: %s，%d 条有效 / valid；数据库锚点 / database anchors: %d%n",
                report.records(),
                report.firstSeq(),
                report.lastSeq(),
                witness,
                report.witnessedAnchors(),
                report.storedAnchors());
        if (report.intact()) {
            utf8.printf("结果 / result: 完好，未发现问题 / intact, nothing found (%d ms)%n", took.toMillis());
            return;
        }
        utf8.printf(
                "结果 / result: 发现 %d 处问题 / %d findings (%d ms)%n",
                report.findings().size(), report.findings().size(), took.toMillis());
        for (Map.Entry<Finding.Kind, Integer> count : report.counts().entrySet()) {
            utf8.printf("  %s / %s: %d%n", count.getKey().chinese(), count.getKey(), count.getValue());
        }
        for (Finding f : report.findings()) {
            String where = f.seq() == f.toSeq() ? "seq " + f.seq() : "seq " + f.seq() + "–" + f.toSeq();
            utf8.printf("  [%s / %s] %s: %s%n", f.kind().chinese(), f.kind(), where, f.detail());
        }
    }

    /** Mongo, the settings, the store, the witness and the verifier: nothing else of the service. */
    @ImportAutoConfiguration({MongoAutoConfiguration.class, MongoSupportAutoConfiguration.class})
    @EnableConfigurationProperties(AuditProperties.class)
    @Import({ChainStore.class, AnchorFile.class, ChainVerification.class})
    static final class VerifyConfiguration {}
}
