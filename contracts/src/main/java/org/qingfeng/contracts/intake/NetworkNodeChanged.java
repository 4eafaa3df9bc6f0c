package org.qingfeng.contracts.intake;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The current state of one node of the network tree. The topic is compacted on {@code nodeCode}:
 * the latest record per node is the registry.
 *
 * @param nodeCode stable code, also the Kafka key
 * @param name Chinese name as shown to staff; for an informant only an alias
 * @param parentCode the node above, null only for the county
 * @param competentDepartmentCode for a department: the competent department that receives
 *     analysis exchanges about its recurring problems
 */
public record NetworkNodeChanged(
        UUID eventId,
        Instant occurredAt,
        String nodeCode,
        NodeKind kind,
        String name,
        @Nullable String parentCode,
        @Nullable String competentDepartmentCode,
        boolean active) {}
