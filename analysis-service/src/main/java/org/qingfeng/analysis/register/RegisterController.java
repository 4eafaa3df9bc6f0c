package org.qingfeng.analysis.register;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.register.rules.Labels;
import org.qingfeng.analysis.register.rules.PointDraft;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.security.Scopes;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The risk-point register: work-station staff record, retire and self-check points ({@code 202} once
 * the broker holds the record); work-station and township staff read the points of their subtree and
 * the month's gaps (items taken up that match no point).
 */
@RestController
@RequestMapping("/api/register")
class RegisterController {

    private final Register register;
    private final RegisterView view;
    private final Scopes scopes;
    private final AuditTrail audit;

    RegisterController(Register register, RegisterView view, Scopes scopes, AuditTrail audit) {
        this.register = register;
        this.view = view;
        this.scopes = scopes;
        this.audit = audit;
    }

    @PostMapping("/points")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('WORK_STATION_STAFF')")
    Register.Recorded record(@RequestBody PointDraft draft) {
        // The API records self-checks apart; only a workbook states the last one with the point.
        PointDraft stated = new PointDraft(
                draft.riskPointId(),
                draft.unitCode(),
                draft.post(),
                draft.description(),
                draft.category(),
                draft.level(),
                draft.measures(),
                draft.leaderLevel(),
                draft.responsibleLeader(),
                draft.holderSince(),
                null,
                draft.keywords());
        return register.record(stated, Actors.current());
    }

    record Retirement(@Nullable String riskPointId) {}

    @PostMapping("/points/retire")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('WORK_STATION_STAFF')")
    Register.Recorded retire(@RequestBody Retirement body) {
        return register.retire(body.riskPointId(), Actors.current());
    }

    record SelfCheck(@Nullable String riskPointId, @Nullable String on) {}

    @PostMapping("/self-checks")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('WORK_STATION_STAFF')")
    Register.Recorded selfCheck(@RequestBody SelfCheck body) {
        LocalDate on = null;
        if (body.on() != null) {
            try {
                on = LocalDate.parse(body.on().strip());
            } catch (DateTimeParseException e) {
                throw RulesViolated.of("on", "日期格式为 yyyy-MM-dd，如 2026-06-15 / a date such as 2026-06-15");
            }
        }
        return register.selfCheck(body.riskPointId(), on, Actors.current());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF')")
    RegisterView.Listing list(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String category) {
        Actor actor = Actors.current();
        if (unit != null) {
            scopes.require(actor, unit);
        }
        RiskLevel wantedLevel = level == null
                ? null
                : Labels.level(level.strip())
                        .orElseThrow(() -> RulesViolated.of("level", "风险等级须为 A、B 或 C / A, B or C"));
        RiskCategory wantedCategory = category == null
                ? null
                : Labels.category(category.strip())
                        .orElseThrow(() -> RulesViolated.of("category", "不是五类风险之一 / not one of the five categories"));
        return view.listing(view.rows(actor, unit, wantedLevel, wantedCategory));
    }

    @GetMapping("/gaps")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF')")
    Map<String, List<RegisterView.GapView>> gaps(@RequestParam(required = false) @Nullable String month) {
        String period = month(month);
        Actor actor = Actors.current();
        List<RegisterView.GapView> gaps = view.gaps(actor, period);
        audit.record(
                actor,
                AuditEntry.of(AuditAction.ITEM_LIST, "item", null, actor.node())
                        .detail("register-gaps " + period + " items=" + gaps.size()));
        return Map.of("items", gaps);
    }

    private static String month(@Nullable String month) {
        if (month == null || month.isBlank()) {
            throw RulesViolated.of("month", "必填，如 2026-11 / required, such as 2026-11");
        }
        try {
            return YearMonth.parse(month.strip()).toString();
        } catch (DateTimeParseException e) {
            throw RulesViolated.of("month", "月份格式为 yyyy-MM，如 2026-11 / a month such as 2026-11");
        }
    }
}
