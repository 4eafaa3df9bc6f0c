package org.qingfeng.disposal.bulletin;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.disposal.bulletin.rules.BulletinDocument;
import org.qingfeng.disposal.bulletin.rules.MonthlyBulletin;
import org.qingfeng.disposal.cases.CaseScopes;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.cases.Cases;
import org.qingfeng.disposal.network.NodeDirectory;
import org.qingfeng.disposal.network.rules.NetworkNode;
import org.qingfeng.disposal.notice.Downloads;
import org.qingfeng.disposal.notice.NoticeProperties;
import org.qingfeng.disposal.notice.OfficialOfd;
import org.qingfeng.disposal.notice.OfficialPdf;
import org.qingfeng.disposal.notice.rules.OfficialDocument;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.security.Scopes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The month's rectification bulletin over the cases in the caller's subtree (their unit or township
 * in it): as JSON for the console, as PDF or OFD to issue. A document download is audited as
 * EXPORTED with the month and the number of cases; the JSON, an aggregate, is not.
 */
@RestController
@RequestMapping("/api/bulletins")
@PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF')")
class BulletinController {

    private static final String MONTH = "{month:[0-9]+-[0-9]+}";

    private final ObjectProvider<Cases> cases;
    private final NodeDirectory directory;
    private final NoticeProperties properties;
    private final Scopes scopes;
    private final OfficialPdf pdf;
    private final OfficialOfd ofd;
    private final AuditTrail audit;
    private final Clock clock;

    BulletinController(
            ObjectProvider<Cases> cases,
            NodeDirectory directory,
            NoticeProperties properties,
            Scopes scopes,
            OfficialPdf pdf,
            OfficialOfd ofd,
            AuditTrail audit,
            ObjectProvider<Clock> clock) {
        this.cases = cases;
        this.directory = directory;
        this.properties = properties;
        this.scopes = scopes;
        this.pdf = pdf;
        this.ofd = ofd;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/" + MONTH)
    MonthlyBulletin json(@PathVariable String month) {
        return bulletin(Actors.current(), month);
    }

    @GetMapping("/" + MONTH + ".pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String month) {
        Actor actor = Actors.current();
        MonthlyBulletin bulletin = bulletin(actor, month);
        OfficialDocument document = document(actor, bulletin);
        byte[] file = pdf.write(document);
        audited(actor, bulletin, "pdf");
        return Downloads.of(file, document.title() + ".pdf", Downloads.PDF);
    }

    @GetMapping("/" + MONTH + ".ofd")
    ResponseEntity<byte[]> ofd(@PathVariable String month) {
        Actor actor = Actors.current();
        MonthlyBulletin bulletin = bulletin(actor, month);
        OfficialDocument document = document(actor, bulletin);
        UUID docId = EventIds.derive("bulletin", actor.node() + "|" + month);
        byte[] file = ofd.write(document, docId, today());
        audited(actor, bulletin, "ofd");
        return Downloads.of(file, document.title() + ".ofd", Downloads.OFD);
    }

    private MonthlyBulletin bulletin(Actor actor, String month) {
        YearMonth yearMonth = parse(month);
        ZoneId zone = properties.zoneId();
        Instant from = yearMonth.atDay(1).atStartOfDay(zone).toInstant();
        Instant next = yearMonth.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<CaseView> visible = cases.getObject().steppedBetween(from, next).stream()
                .filter(c -> CaseScopes.staffSee(scopes, actor, c))
                .toList();
        return MonthlyBulletin.of(yearMonth, zone, visible, directory::nameOf, clock.instant());
    }

    private OfficialDocument document(Actor actor, MonthlyBulletin bulletin) {
        String organisation = properties.organisation().isBlank()
                ? directory
                        .stationOf(String.valueOf(actor.node()))
                        .map(NetworkNode::name)
                        .orElse("纪检监察工作站")
                : properties.organisation();
        return BulletinDocument.compose(bulletin, organisation, today());
    }

    private LocalDate today() {
        return clock.instant().atZone(properties.zoneId()).toLocalDate();
    }

    private void audited(Actor actor, MonthlyBulletin bulletin, String format) {
        audit.record(
                actor,
                AuditEntry.of(AuditAction.EXPORTED, "bulletin", bulletin.month().toString(), actor.node())
                        .detail("cases=" + bulletin.rows().size() + " format=" + format));
    }

    private static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeException e) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "月份格式应为 yyyy-MM / month must be yyyy-MM");
            problem.setTitle("请求有误 / Bad request");
            problem.setProperty("errors", List.of(Map.of("field", "month", "message", "月份无效 / invalid month")));
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, e);
        }
    }
}
