package org.qingfeng.localstack.api;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The answer to {@code POST /api/items}: {@code 202} with an item id and a receipt, or an error status. */
public record Submission(
        int status, @Nullable UUID itemId, @Nullable String receipt) {

    public boolean accepted() {
        return status == 202 && itemId != null;
    }
}
