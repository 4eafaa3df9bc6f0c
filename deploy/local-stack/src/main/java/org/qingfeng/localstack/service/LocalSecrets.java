package org.qingfeng.localstack.service;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The secrets the local stack hands its services: the console's client secret, the demo loader's
 * client secret, the audit anchor key and the demo users' password. Made at random once per data
 * folder and kept there (owner-only), never in the repository; production sets its own.
 */
public record LocalSecrets(
        String consoleClientSecret,
        String loaderClientSecret,
        String anchorKey,
        String demoPassword,
        String smsWebhookSecret) {

    private static final String FILE = "local-secrets.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Fresh secrets, kept nowhere: the system tests. */
    public static LocalSecrets random() {
        return new LocalSecrets(token(32), token(32), token(32), "Qf-" + token(12), token(32));
    }

    /** The data folder's secrets, made on first use. */
    public static LocalSecrets loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                if (p.getProperty("sms-webhook-secret") == null) {
                    // a data folder from before the SMS channel: its secret is added, the rest kept
                    p.setProperty("sms-webhook-secret", token(32));
                    store(file, p);
                }
                return new LocalSecrets(
                        p.getProperty("console-client-secret"),
                        p.getProperty("loader-client-secret"),
                        p.getProperty("audit-anchor-key"),
                        p.getProperty("demo-password"),
                        p.getProperty("sms-webhook-secret"));
            }
            LocalSecrets secrets = random();
            Files.createDirectories(dataDir);
            Properties p = new Properties();
            p.setProperty("console-client-secret", secrets.consoleClientSecret());
            p.setProperty("loader-client-secret", secrets.loaderClientSecret());
            p.setProperty("audit-anchor-key", secrets.anchorKey());
            p.setProperty("demo-password", secrets.demoPassword());
            p.setProperty("sms-webhook-secret", secrets.smsWebhookSecret());
            Files.createFile(file);
            restrict(file);
            store(file, p);
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    private static void store(Path file, Properties p) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "Qingfeng local stack secrets, made for this data folder only");
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // A file system without POSIX permissions: the data folder's own protection applies.
        }
    }

    private static String token(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    @Override
    public String toString() {
        return "LocalSecrets[hidden]";
    }
}
