package org.qingfeng.intake.informant.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.InformantRecorded.Background;
import org.qingfeng.contracts.intake.InformantRecorded.Role;
import org.qingfeng.contracts.intake.InformantType;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

/**
 * Who may appoint whom (the seeds' rule): the work station appoints the informants of townships,
 * city units and monitoring points in its county; a township appoints those of the villages and
 * groups below it. Special-invited informants say what they are (a deputy, a lawyer…); regular ones
 * do not. Every informant holds the integrity role, whatever else they hold (多员合一).
 */
public final class AppointmentRules {

    static final Set<NodeKind> HOME_KINDS = EnumSet.of(
            NodeKind.TOWNSHIP, NodeKind.CITY_UNIT, NodeKind.MONITORING_POINT, NodeKind.VILLAGE, NodeKind.GROUP);
    private static final Set<NodeKind> APPOINTED_BY_WORK_STATION =
            EnumSet.of(NodeKind.TOWNSHIP, NodeKind.CITY_UNIT, NodeKind.MONITORING_POINT);
    private static final Set<NodeKind> APPOINTED_BY_TOWNSHIP = EnumSet.of(NodeKind.VILLAGE, NodeKind.GROUP);

    static final String WORK_STATION_RULE = "工作站只聘任本县（市）乡镇、市直单位和监测点的信息员，村、组信息员由乡镇聘任"
            + " / the work station appoints the informants of townships, city units and monitoring points of its county;"
            + " village and group informants are appointed by their township";
    static final String TOWNSHIP_RULE = "乡镇只聘任本乡镇所辖村（社区）、村民小组的信息员"
            + " / a township appoints only the informants of the villages and groups below it";

    private AppointmentRules() {}

    /** The appointment, or {@link RulesViolated} naming every bad field. */
    public static Appointment check(AppointmentDraft draft, NetworkView network, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        Identity identity =
                IdentityRules.check(draft.number(), draft.name(), draft.phone(), draft.email(), draft.idNumber(), out);
        Optional<NetworkNode> home = checkHome(draft.homeNodeCode(), network, out);
        Optional<NetworkNode> appointer = checkAppointer(draft.appointedByCode(), network, out);
        if (home.isPresent() && appointer.isPresent()) {
            levelRule(appointer.get(), home.get(), network).ifPresent(out::add);
        }
        List<Background> backgrounds = checkType(draft.type(), draft.backgrounds(), out);
        checkAppointedOn(draft.appointedOn(), today, out);
        if (!out.isEmpty()) {
            throw new RulesViolated(out);
        }
        return new Appointment(
                Objects.requireNonNull(identity),
                home.orElseThrow().code(),
                appointer.orElseThrow().code(),
                Objects.requireNonNull(draft.type()),
                backgrounds,
                roles(draft.roles()),
                Objects.requireNonNull(draft.appointedOn()));
    }

    /** The refusal when {@code appointer} may not appoint an informant at {@code home}. */
    public static Optional<Violation> levelRule(NetworkNode appointer, NetworkNode home, NetworkView network) {
        boolean allowed =
                switch (appointer.kind()) {
                    case WORK_STATION ->
                        APPOINTED_BY_WORK_STATION.contains(home.kind())
                                && appointer.parentCode() != null
                                && network.isWithin(home.code(), appointer.parentCode());
                    case TOWNSHIP ->
                        APPOINTED_BY_TOWNSHIP.contains(home.kind()) && network.isWithin(home.code(), appointer.code());
                    default -> false;
                };
        if (allowed) {
            return Optional.empty();
        }
        String rule = appointer.kind() == NodeKind.TOWNSHIP ? TOWNSHIP_RULE : WORK_STATION_RULE;
        return Optional.of(new Violation("appointedByCode", rule));
    }

    private static Optional<NetworkNode> checkHome(@Nullable String code, NetworkView network, List<Violation> out) {
        if (code == null || code.isBlank()) {
            out.add(new Violation("homeNodeCode", IdentityRules.REQUIRED));
            return Optional.empty();
        }
        Optional<NetworkNode> home =
                network.node(code.strip()).filter(n -> n.active() && HOME_KINDS.contains(n.kind()));
        if (home.isEmpty()) {
            out.add(new Violation(
                    "homeNodeCode",
                    "须为在用的乡镇、市直单位、监测点、村（社区）或村民小组 / must be an active township, city unit,"
                            + " monitoring point, village or group"));
        }
        return home;
    }

    private static Optional<NetworkNode> checkAppointer(
            @Nullable String code, NetworkView network, List<Violation> out) {
        if (code == null || code.isBlank()) {
            out.add(new Violation("appointedByCode", IdentityRules.REQUIRED));
            return Optional.empty();
        }
        Optional<NetworkNode> appointer = network.node(code.strip())
                .filter(n -> n.active() && (n.kind() == NodeKind.WORK_STATION || n.kind() == NodeKind.TOWNSHIP));
        if (appointer.isEmpty()) {
            out.add(new Violation(
                    "appointedByCode", "聘任单位须为在用的工作站或乡镇 / the appointer must be an active work station or township"));
        }
        return appointer;
    }

    private static List<Background> checkType(
            @Nullable InformantType type, @Nullable List<Background> backgrounds, List<Violation> out) {
        List<Background> given = backgrounds == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(
                        backgrounds.stream().filter(Objects::nonNull).toList()));
        if (type == null) {
            out.add(new Violation("type", IdentityRules.REQUIRED));
        } else if (type == InformantType.SPECIAL_INVITED && given.isEmpty()) {
            out.add(new Violation("backgrounds", "特邀信息员须填写特邀身份 / a special-invited informant needs a background"));
        } else if (type == InformantType.REGULAR && !given.isEmpty()) {
            out.add(new Violation("backgrounds", "普通信息员不填写特邀身份 / a regular informant has no background"));
        }
        return given;
    }

    private static void checkAppointedOn(@Nullable LocalDate appointedOn, LocalDate today, List<Violation> out) {
        if (appointedOn == null) {
            out.add(new Violation("appointedOn", IdentityRules.REQUIRED));
        } else if (appointedOn.isAfter(today)) {
            out.add(new Violation("appointedOn", "不能晚于今天 / cannot be in the future"));
        }
    }

    /** {@code INTEGRITY} first, then the others as given, each once. */
    static List<Role> roles(@Nullable List<Role> roles) {
        Set<Role> all = new LinkedHashSet<>();
        all.add(Role.INTEGRITY);
        if (roles != null) {
            roles.stream().filter(Objects::nonNull).forEach(all::add);
        }
        return List.copyOf(all);
    }
}
