package org.qingfeng.localstack;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.localstack.api.GatewayClient;
import org.qingfeng.localstack.api.ServiceAccount;
import org.qingfeng.localstack.network.DemoNetwork;
import org.qingfeng.localstack.service.FleetSettings;

/**
 * The service accounts the local stack gives its demo: the loader (network administration and the
 * work station at the county) and one per demo township, each a gateway client with its own token.
 */
public final class DemoAccounts {

    private final FleetSettings settings;
    private final GatewayClient loader;
    private final Map<String, GatewayClient> townships = new ConcurrentHashMap<>();

    public DemoAccounts(FleetSettings settings) {
        this.settings = settings;
        this.loader = new GatewayClient(
                settings.publicUrl(),
                new ServiceAccount(
                        settings.issuer(),
                        FleetSettings.LOADER_CLIENT,
                        settings.secrets().loaderClientSecret()));
    }

    public GatewayClient loader() {
        return loader;
    }

    /** A client acting as the appointing unit: its township's account, or the loader for the work station. */
    public GatewayClient appointer(String appointingUnit) {
        boolean township = DemoNetwork.nodes().stream()
                .anyMatch(n -> n.code().equals(appointingUnit) && n.kind() == NodeKind.TOWNSHIP);
        if (!township) {
            return loader;
        }
        return townships.computeIfAbsent(
                appointingUnit,
                code -> new GatewayClient(
                        settings.publicUrl(),
                        new ServiceAccount(
                                settings.issuer(),
                                FleetSettings.townshipClient(code),
                                settings.accountSecret(FleetSettings.townshipClient(code)))));
    }

    /** A client administering a county beside the demo's, as {@link FleetSettings#adminCounties()} lists. */
    public GatewayClient countyAdmin(String countyCode) {
        return new GatewayClient(
                settings.publicUrl(),
                new ServiceAccount(
                        settings.issuer(),
                        FleetSettings.countyAdminClient(countyCode),
                        settings.accountSecret(FleetSettings.countyAdminClient(countyCode))));
    }

    /** Loads the demo county, its informants and its staff accounts through the gateway. */
    public DemoNetworkLoader loaderOf(Duration timeout) {
        return new DemoNetworkLoader(
                loader, this::appointer, timeout, settings.secrets().demoPassword());
    }
}
