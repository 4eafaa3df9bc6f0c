package org.qingfeng.localstack.service;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
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
        LocalSecrets secrets) {

    /** The demo loader's service account: registry, informants and demo users of the demo county. */
    public static final String LOADER_CLIENT = "qingfeng-local-loader";

    /**
     * A demo township's service account: informants of its villages are appointed by the township
     * itself (the seeds' rule, which intake enforces), so the loader appoints them as the township.
     */
    public static String townshipClient(String townshipCode) {
        return "qingfeng-local-township-" + townshipCode;
    }

    /** A demo township account's secret, derived from the loader's: both exist only in the local stack. */
    public String townshipSecret(String townshipCode) {
        return secrets.loaderClientSecret() + "." + townshipCode;
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
