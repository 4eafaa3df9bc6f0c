package org.qingfeng.gateway.console.item;

import java.util.regex.Pattern;

/**
 * Item and attachment ids as intake issues them: canonical UUIDs. Anything else is no item, found
 * without asking intake, and never put into a link.
 */
final class ItemIds {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ItemIds() {}

    static boolean valid(String id) {
        return UUID.matcher(id).matches();
    }
}
