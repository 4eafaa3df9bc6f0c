package org.qingfeng.disposal.notice;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.disposal.cases.CaseNotFound;
import org.qingfeng.disposal.cases.CaseScopes;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.cases.Cases;
import org.qingfeng.disposal.network.NodeDirectory;
import org.qingfeng.disposal.network.rules.NetworkNode;
import org.qingfeng.disposal.notice.rules.FindingFacts;
import org.qingfeng.disposal.notice.rules.NoticeComposer;
import org.qingfeng.disposal.notice.rules.NoticeParties;
import org.qingfeng.disposal.notice.rules.OfficialDocument;
import org.qingfeng.disposal.notice.rules.SanitaryGuard;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Role;
import org.qingfeng.support.security.Scopes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The notice of a case's NOTICE_ISSUED step, as the caller may see it: station and township staff
 * when the unit or the township lies in their subtree, a department's officer when the recipient or
 * the unit is its node or below. Anything else, and a step that issued no notice, is {@link CaseNotFound}.
 */
@Component
class Notices {

    /** Kinds never named on a notice: they sit where the people who report sit. */
    private static final Set<NodeKind> BELOW_TOWNSHIP =
            Set.of(NodeKind.VILLAGE, NodeKind.GROUP, NodeKind.MONITORING_POINT);

    record Issued(CaseView c, CaseStepped step, OfficialDocument document) {

        String fileName(String extension) {
            String number = step.documentNumber() == null ? "" : step.documentNumber() + " ";
            return number + document.title() + "." + extension;
        }
    }

    private final ObjectProvider<Cases> cases;
    private final NodeDirectory directory;
    private final NoticeFindings findings;
    private final NoticeProperties properties;
    private final Scopes scopes;
    private final NoticeComposer composer;

    Notices(
            ObjectProvider<Cases> cases,
            NodeDirectory directory,
            NoticeFindings findings,
            NoticeProperties properties,
            Scopes scopes) {
        this.cases = cases;
        this.directory = directory;
        this.findings = findings;
        this.properties = properties;
        this.scopes = scopes;
        this.composer = new NoticeComposer(properties.zoneId(), properties.orangeAsRectification());
    }

    ZoneId zone() {
        return properties.zoneId();
    }

    Issued issued(Actor actor, UUID caseId, long sequence) {
        CaseView c = cases.getObject()
                .find(caseId)
                .filter(found -> visible(actor, found))
                .orElseThrow(() -> new CaseNotFound(caseId));
        CaseStepped step = c.step(sequence)
                .filter(s -> s.step() == CaseStepped.Step.NOTICE_ISSUED)
                .orElseThrow(() -> new CaseNotFound(caseId));
        Optional<FindingFacts> finding = c.origin() == CaseStepped.Origin.FINDING && c.findingId() != null
                ? findings.of(c.findingId())
                : Optional.empty();
        OfficialDocument document = composer.compose(c, step, parties(c), finding);
        SanitaryGuard.check(document, List.of());
        return new Issued(c, step, document);
    }

    private boolean visible(Actor actor, CaseView c) {
        boolean staff =
                actor.hasAny(Role.WORK_STATION_STAFF, Role.TOWNSHIP_STAFF) && CaseScopes.staffSee(scopes, actor, c);
        boolean department = actor.has(Role.DEPARTMENT_OFFICER) && CaseScopes.departmentSees(scopes, actor, c);
        return staff || department;
    }

    private NoticeParties parties(CaseView c) {
        String recipient = named(c.recipientCode());
        String unit = named(c.unitCode());
        return new NoticeParties(
                organisation(properties, directory, c.stationCode()),
                recipient == null ? "有关单位" : recipient,
                c.unitCode().equals(c.recipientCode()) || unit == null ? null : unit,
                properties.copyTo().isBlank() ? null : properties.copyTo());
    }

    /** The configured organisation, else the work station's name. */
    static String organisation(NoticeProperties properties, NodeDirectory directory, String nodeCode) {
        if (!properties.organisation().isBlank()) {
            return properties.organisation();
        }
        return directory.stationOf(nodeCode).map(NetworkNode::name).orElse("纪检监察工作站");
    }

    /** The node's name, or its nearest ancestor's above village level; null when the network does not know it. */
    private @Nullable String named(String code) {
        Optional<NetworkNode> node = directory.node(code);
        while (node.isPresent()
                && BELOW_TOWNSHIP.contains(node.get().kind())
                && node.get().parentCode() != null) {
            node = directory.node(node.get().parentCode());
        }
        return node.filter(n -> !BELOW_TOWNSHIP.contains(n.kind()))
                .map(NetworkNode::name)
                .orElse(null);
    }
}
