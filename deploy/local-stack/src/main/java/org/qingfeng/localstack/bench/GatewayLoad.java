package org.qingfeng.localstack.bench;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.qingfeng.localstack.api.GatewayClient;
import org.qingfeng.localstack.api.Submission;
import org.qingfeng.localstack.network.DemoNetwork;
import org.qingfeng.localstack.network.SampleItem;

/** Operations through the gateway: submitting the demo items in turn, and the ping that does no work. */
final class GatewayLoad {

    private final GatewayClient gateway;
    /** Immediate items: each opens a disposal case at once, the end of the path the bench times. */
    private final List<SampleItem> items =
            DemoNetwork.sampleItems().stream().map(SampleItem::immediate).toList();

    private final AtomicLong next = new AtomicLong();
    private final Map<String, Long> failures = new ConcurrentSkipListMap<>();

    GatewayLoad(GatewayClient gateway) {
        this.gateway = gateway;
    }

    /** Submits an item; a 202 succeeds and, when {@code accepted} is given, notes its intended start. */
    LongFunction<CompletableFuture<Boolean>> submissions(Map<UUID, Long> accepted) {
        return intended -> {
            SampleItem item = items.get((int) (next.getAndIncrement() % items.size()));
            return noted(gateway.sendAsync(gateway.submitRequest(item)).thenApply(response -> {
                Submission submission = GatewayClient.submission(response);
                UUID itemId = submission.itemId();
                if (submission.accepted() && itemId != null) {
                    accepted.put(itemId, intended);
                    return null;
                }
                return "POST /api/items " + response.statusCode();
            }));
        };
    }

    LongFunction<CompletableFuture<Boolean>> pings() {
        return intended -> noted(gateway.sendAsync(gateway.pingRequest())
                .thenApply(r -> r.statusCode() == 200 ? null : "GET /api/ping " + r.statusCode()));
    }

    /** Why operations failed, and how often, since the start. */
    Map<String, Long> failures() {
        return Map.copyOf(failures);
    }

    /** Completes with whether the call succeeded, noting the failure (a status or an error) if not. */
    private CompletableFuture<Boolean> noted(CompletableFuture<@Nullable String> call) {
        return call.handle((failure, error) -> {
            String why = error != null ? rootCause(error).getClass().getSimpleName() : failure;
            if (why != null) {
                failures.merge(why, 1L, Long::sum);
            }
            return why == null;
        });
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
