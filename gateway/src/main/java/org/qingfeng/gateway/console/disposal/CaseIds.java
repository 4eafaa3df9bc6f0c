package org.qingfeng.gateway.console.disposal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Case, finding and attachment ids are UUIDs: anything else never reaches a service's path. */
final class CaseIds {

    private CaseIds() {}

    static boolean isId(@Nullable String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }
}
