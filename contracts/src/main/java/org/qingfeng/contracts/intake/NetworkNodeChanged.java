package org.qingfeng.contracts.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The current state of one node of the network tree. The topic is compacted on {@code nodeCode}:
 * the latest record per node is the registry.
 *
 * @param nodeCode stable code, also the Kafka key
 * <p>Everything here is published to every service: no field may carry personal data. Intake
 * refuses a node whose name or description looks like it names a person, a phone number, an e-mail
 * address or an identity number.
 *
 * @param name Chinese name as shown to staff
 * @param parentCode the node above, null only for the county
 * @param competentDepartmentCode for a department: the competent department that receives
 *     analysis exchanges about its recurring problems
 * @param host for a monitoring point: the kind of place it sits in
 * @param contactRoles for a department or point: the posts that receive notices (主要负责人,
 *     纪检联络员…), titles only, never the people holding them
 * @param description free text shown to staff, checked for personal data before publication
 */
public record NetworkNodeChanged(
        UUID eventId,
        Instant occurredAt,
        String nodeCode,
        NodeKind kind,
        String name,
        @Nullable String parentCode,
        @Nullable String competentDepartmentCode,
        boolean active,
        @Nullable MonitoringHost host,
        List<String> contactRoles,
        @Nullable String description) {

    public NetworkNodeChanged {
        contactRoles = contactRoles == null ? List.of() : List.copyOf(contactRoles);
    }
}
