package org.qingfeng.analysis.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.qingfeng.analysis.NetworkFixtures;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.contracts.intake.ReviewerNamed;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;

/** A county of its own for the board (two townships with a village each, two units) and its items. */
final class TriageBoardFixtures {

    private TriageBoardFixtures() {}

    /** A county no other test uses, laid out as {@link County}. */
    static County anyCounty() {
        return new County(NetworkFixtures.anyCountyCode());
    }

    static ItemSubmitted anyItemIn(String village, String township, String unit, Instant submittedAt, Urgency urgency) {
        UUID itemId = UUID.randomUUID();
        ItemDetails details = new ItemDetails(
                village,
                township,
                unit,
                "medical-ethics",
                RiskCategory.POST_DUTIES,
                urgency,
                Channel.HOTLINE,
                "收受患者红包。",
                null);
        return new ItemSubmitted(
                EventIds.derive("item-submitted", itemId), submittedAt, itemId, SubmitterKind.ANONYMOUS, details, null);
    }

    static ReviewerNamed named(UUID itemId, String reviewer) {
        return new ReviewerNamed(
                EventIds.derive("reviewer-named", itemId + "|" + reviewer),
                Instant.parse("2026-09-10T02:00:00Z"),
                itemId,
                reviewer);
    }

    static String anyReviewer() {
        return "u-" + UUID.randomUUID();
    }

    record County(String code) {

        String township() {
            return code + "-101";
        }

        String village() {
            return township() + "-001";
        }

        String otherTownship() {
            return code + "-102";
        }

        String otherVillage() {
            return otherTownship() + "-001";
        }

        String unit() {
            return code + "-D01";
        }

        String otherUnit() {
            return code + "-D02";
        }

        List<NetworkNodeChanged> nodes() {
            return List.of(
                    NetworkFixtures.node(code, NodeKind.COUNTY, null),
                    NetworkFixtures.node(township(), NodeKind.TOWNSHIP, code),
                    NetworkFixtures.node(village(), NodeKind.VILLAGE, township()),
                    NetworkFixtures.node(otherTownship(), NodeKind.TOWNSHIP, code),
                    NetworkFixtures.node(otherVillage(), NodeKind.VILLAGE, otherTownship()),
                    NetworkFixtures.node(unit(), NodeKind.DEPARTMENT, code),
                    NetworkFixtures.node(otherUnit(), NodeKind.DEPARTMENT, code));
        }
    }
}
