package org.qingfeng.analysis.register;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.qingfeng.analysis.register.rules.Ledger;
import org.qingfeng.analysis.register.rules.PointDraft;
import org.qingfeng.analysis.register.rules.PointRules;
import org.qingfeng.analysis.register.rules.RiskPoint;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.analysis.rules.Violation;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Scopes;
import org.springframework.stereotype.Component;

/**
 * Brings the register to what a workbook states, all or nothing: every row is checked first and any
 * error refuses the whole file, naming each cell ({@code 风险点台账 第5行 风险等级}). A row with an
 * id changes that point, one without adds a point; a row that says exactly what its point already
 * says publishes nothing, so re-importing an export changes nothing. Points missing from the file
 * stay as they are.
 */
@Component
class RegisterImport {

    private final Register register;
    private final RiskPointStore points;
    private final Scopes scopes;
    private final RegisterProperties properties;

    RegisterImport(Register register, RiskPointStore points, Scopes scopes, RegisterProperties properties) {
        this.register = register;
        this.points = points;
        this.scopes = scopes;
        this.properties = properties;
    }

    /** @param points rows read, @param changed points published */
    record Imported(int points, int changed) {}

    Imported importFrom(InputStream in, Actor actor) {
        List<RegisterWorkbook.SheetRow> rows = RegisterWorkbook.read(in, properties.maxRows());
        if (rows.isEmpty()) {
            throw RulesViolated.of(Ledger.SHEET, "没有数据行 / the sheet has no rows");
        }
        LocalDate today = register.today();
        Predicate<String> units = register.units();
        List<Violation> violations = new ArrayList<>();
        List<RiskPoint> changed = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RegisterWorkbook.SheetRow row : rows) {
            PointDraft draft = Ledger.draft(row.cells());
            String id = draft.riskPointId() == null ? null : draft.riskPointId().strip();
            String idCell = Ledger.cell(row.number(), "编号");
            if (id != null && !ids.add(id)) {
                violations.add(new Violation(idCell, "编号在本表中重复 / the id appears twice in the sheet"));
                continue;
            }
            RiskPoint existing = id == null ? null : points.find(id).orElse(null);
            if (existing != null && !scopes.covers(actor, existing.unitCode())) {
                violations.add(new Violation(idCell, "不在您的管辖范围内 / outside your scope"));
                continue;
            }
            PointRules.Checked checked = PointRules.check(
                    draft, existing, new PointRules.Context(today, units, Ledger.cellsOf(row.number())));
            if (!checked.valid()) {
                violations.addAll(checked.violations());
                continue;
            }
            RiskPoint point = Objects.requireNonNull(checked.point());
            if (!scopes.covers(actor, point.unitCode())) {
                violations.add(new Violation(Ledger.cell(row.number(), "单位代码"), "不在您的管辖范围内 / outside your scope"));
            } else if (!point.equals(existing)) {
                changed.add(point);
            }
        }
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        register.publish(changed, actor, "imported");
        return new Imported(rows.size(), changed.size());
    }
}
