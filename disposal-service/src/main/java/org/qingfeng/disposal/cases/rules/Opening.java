package org.qingfeng.disposal.cases.rules;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A case placed on a ladder's rung by the policy.
 *
 * @param acknowledgeWithin the immediate lane's time to acknowledge receipt, else null
 * @param reason the policy's reasoning
 */
public record Opening(
        String ladder, int rung, Instant at, @Nullable Duration acknowledgeWithin, String reason, String actor) {}
