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
        return derive(eventType, subjectId.toString());
    }

    /**
     * For facts about something without a UUID, or about one version of it, such as {@code
     * derive("informant-changed", token + "#" + version)}.
     */
    public static UUID derive(String eventType, String subjectKey) {
        return UUID.nameUUIDFromBytes((eventType + ":" + subjectKey).getBytes(StandardCharsets.UTF_8));
    }
}
