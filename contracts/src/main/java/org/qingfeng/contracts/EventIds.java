package org.qingfeng.contracts;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Event ids derived from what they describe, so that re-publishing a fact after a crash or a
 * replay yields the same id and consumers can drop the copy.
 */
public final class EventIds {

    private EventIds() {}

    public static UUID derive(String eventType, UUID subjectId) {
        return UUID.nameUUIDFromBytes((eventType + ":" + subjectId).getBytes(StandardCharsets.UTF_8));
    }
}
