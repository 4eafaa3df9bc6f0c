package org.qingfeng.localstack.bench;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.qingfeng.localstack.api.GatewayClient;
import org.qingfeng.localstack.api.Submission;
import org.qingfeng.localstack.network.DemoNetwork;
import org.qingfeng.localstack.network.SampleItem;

/** Operations through the gateway: submitting the demo items in turn, and the ping that does no work. */
final class GatewayLoad {

    private final GatewayClient gateway;
    private final List<SampleItem> items = DemoNetwork.sampleItems();
    private final AtomicLong next = new AtomicLong();

    GatewayLoad(GatewayClient gateway) {
        this.gateway = gateway;
    }

    /** Submits an item; a 202 succeeds and, when {@code accepted} is given, notes its intended start. */
    LongFunction<CompletableFuture<Boolean>> submissions(Map<UUID, Long> accepted) {
        return intended -> {
            SampleItem item = items.get((int) (next.getAndIncrement() % items.size()));
            return gateway.sendAsync(gateway.submitRequest(item)).thenApply(response -> {
                Submission submission = GatewayClient.submission(response);
                UUID itemId = submission.itemId();
                if (submission.accepted() && itemId != null) {
                    accepted.put(itemId, intended);
                }
                return submission.accepted();
            });
        };
    }

    LongFunction<CompletableFuture<Boolean>> pings() {
        return intended -> gateway.sendAsync(gateway.pingRequest()).thenApply(r -> r.statusCode() == 200);
    }
}
