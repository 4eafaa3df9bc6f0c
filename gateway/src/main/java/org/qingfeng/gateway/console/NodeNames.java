package org.qingfeng.gateway.console;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The names of the network's places and units by code. A code it does not know is shown as
 * itself. Informants are left out: their names are aliases the console has no use for.
 *
 * @param workStation the code of the work station (预警信息工作站), which signs the network's decisions
 *     until staff sign in; null while the registry names none
 */
public record NodeNames(
        Map<String, String> byCode, @Nullable String workStation) {

    private static final String INFORMANT = "INFORMANT";
    private static final String WORK_STATION = "WORK_STATION";

    public NodeNames {
        byCode = Map.copyOf(byCode);
    }

    public static NodeNames none() {
        return new NodeNames(Map.of(), null);
    }

    static NodeNames of(List<NetworkNode> nodes) {
        Map<String, String> byCode = new HashMap<>();
        for (NetworkNode node : nodes) {
            if (node.code() != null && !isBlank(node.name()) && !INFORMANT.equals(node.kind())) {
                byCode.put(node.code(), node.name());
            }
        }
        String workStation = nodes.stream()
                .filter(node -> WORK_STATION.equals(node.kind()) && node.code() != null)
                .map(NetworkNode::code)
                .min(Comparator.naturalOrder())
                .orElse(null);
        return new NodeNames(byCode, workStation);
    }

    public Named name(@Nullable String code) {
        String known = Objects.toString(code, "");
        return new Named(byCode.getOrDefault(known, known), known);
    }

    /** The work station's code, if the registry has one (the lowest code if it has several). */
    public Optional<String> workStationCode() {
        return Optional.ofNullable(workStation);
    }

    int size() {
        return byCode.size();
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
