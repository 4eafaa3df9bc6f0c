package org.qingfeng.localstack.service;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * How to run the four services.
 *
 * @param home the repository root, where {@code <service>/target/<service>-exec.jar} lives
 * @param ports the HTTP port of each service
 * @param jvmOptions options for every child JVM, such as a modest heap
 * @param out where the children's prefixed output goes
 * @param colour whether to colour the prefixes (only on a terminal)
 * @param dataDir where the authorization server keeps its signing key and the audit service its
 *     anchor file
 * @param secrets the client secrets, anchor key and demo password the services are given
 * @param adminCounties counties beside the demo's, each given a service account that administers
 *     it (a system test importing a county of its own)
 */
public record FleetSettings(
        Path home,
        Map<Service, Integer> ports,
        String kafkaBootstrapServers,
        String mongoUri,
        Duration readinessTimeout,
        List<String> jvmOptions,
        PrintStream out,
        boolean colour,
        Path dataDir,
        LocalSecrets secrets,
        List<String> adminCounties) {

    public FleetSettings {
        adminCounties = List.copyOf(adminCounties);
    }

    /** The demo loader's service account: registry, informants and demo users of the demo county. */
    public static final String LOADER_CLIENT = "qingfeng-local-loader";

    /**
     * A demo township's service account: informants of its villages are appointed by the township
     * itself (the seeds' rule, which intake enforces), so the loader appoints them as the township.
     */
    public static String townshipClient(String townshipCode) {
        return "qingfeng-local-township-" + townshipCode;
    }

    /** The administrator account of a county beside the demo's. */
    public static String countyAdminClient(String countyCode) {
        return "qingfeng-local-admin-" + countyCode;
    }

    /**
     * A local service account's secret, derived from the loader's (all of them exist only in the local
     * stack): a digest, so that it stays within BCrypt's 72 bytes whatever the client id.
     */
    public String accountSecret(String clientId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((secrets.loaderClientSecret() + ":" + clientId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8");

    public int port(Service service) {
        Integer port = ports.get(service);
        return port == null ? service.defaultPort() : port;
    }

    public String url(Service service) {
        return "http://127.0.0.1:" + port(service);
    }

    /** The address a browser uses: the gateway on {@code localhost}. */
    public String publicUrl() {
        return "http://localhost:" + port(Service.GATEWAY);
    }

    /** The tokens' issuer: the authorization server as the browser reaches it, behind the gateway. */
    public String issuer() {
        return publicUrl() + Service.AUTH.contextPath();
    }

    /** Where the services fetch the signing keys: the authorization server directly. */
    public String jwkSetUri() {
        return url(Service.AUTH) + Service.AUTH.contextPath() + "/oauth2/jwks";
    }
}
