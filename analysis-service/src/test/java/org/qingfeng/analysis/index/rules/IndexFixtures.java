package org.qingfeng.analysis.index.rules;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.network.rules.NetworkNode;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.NodeKind;

/**
 * Facts of a small county for the index rules: {@link #COUNTY} with two townships ({@link #TOWNSHIP},
 * {@link #OTHER_TOWNSHIP}), a village under the first, and a department {@link #UNIT} under the county.
 */
public final class IndexFixtures {

    public static final String COUNTY = "330281";
    public static final String TOWNSHIP = COUNTY + "-101";
    public static final String VILLAGE = TOWNSHIP + "-001";
    public static final String OTHER_TOWNSHIP = COUNTY + "-102";
    public static final String UNIT = COUNTY + "-D03";

    private IndexFixtures() {}

    public static List<NetworkNode> county() {
        return List.of(
                new NetworkNode(COUNTY, NodeKind.COUNTY, "县", null, true),
                new NetworkNode(TOWNSHIP, NodeKind.TOWNSHIP, "镇", COUNTY, true),
                new NetworkNode(VILLAGE, NodeKind.VILLAGE, "村", TOWNSHIP, true),
                new NetworkNode(OTHER_TOWNSHIP, NodeKind.TOWNSHIP, "乡", COUNTY, true),
                new NetworkNode(UNIT, NodeKind.DEPARTMENT, "局", COUNTY, true));
    }

    /** An item from the village about the department, decided as given. */
    public static Facts.Item anyItem(@Nullable TriageDecision decision, @Nullable Severity severity) {
        return new Facts.Item(UUID.randomUUID(), VILLAGE, UNIT, decision, severity);
    }

    public static Facts.Item anyAccepted(Severity severity) {
        return anyItem(TriageDecision.ACCEPTED, severity);
    }

    public static Facts.Item anyItemFrom(String regionCode, String unitCode) {
        return new Facts.Item(UUID.randomUUID(), regionCode, unitCode, TriageDecision.ACCEPTED, Severity.MINOR);
    }

    public static Facts.Warning anyWarning(Facts.Item item, WarningColour colour) {
        return new Facts.Warning(UUID.randomUUID(), item.itemId(), item.unitCode(), TOWNSHIP, colour, item.decision());
    }

    public static Facts.Finding anyFinding(FindingKind kind, String regionCode, List<String> units) {
        return new Facts.Finding(UUID.randomUUID(), kind, regionCode, units, List.of(UUID.randomUUID()));
    }

    public static Facts.Report report(String unitCode, String period, ComplianceState state) {
        return new Facts.Report(unitCode, period, state, state == ComplianceState.ON_TIME);
    }

    public static Facts items(Facts.Item... items) {
        return new Facts(List.of(items), List.of(), List.of(), List.of());
    }
}
