package org.qingfeng.gateway.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The names of the network's places and units by code. A code it does not know is shown as
 * itself. Informants are left out: their names are aliases the console has no use for.
 */
record NodeNames(Map<String, String> byCode) {

    private static final String INFORMANT = "INFORMANT";

    NodeNames {
        byCode = Map.copyOf(byCode);
    }

    static NodeNames none() {
        return new NodeNames(Map.of());
    }

    static NodeNames of(List<NetworkNode> nodes) {
        Map<String, String> byCode = new HashMap<>();
        for (NetworkNode node : nodes) {
            if (node.code() != null && !isBlank(node.name()) && !INFORMANT.equals(node.kind())) {
                byCode.put(node.code(), node.name());
            }
        }
        return new NodeNames(byCode);
    }

    Named name(@Nullable String code) {
        String known = Objects.toString(code, "");
        return new Named(byCode.getOrDefault(known, known), known);
    }

    int size() {
        return byCode.size();
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
