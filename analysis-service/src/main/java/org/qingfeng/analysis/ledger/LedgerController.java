package org.qingfeng.analysis.ledger;

import jakarta.validation.constraints.Pattern;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.security.Scopes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The month's ledger, for the work station's monthly analysis: only the rows of townships in the
 * caller's subtree, the total over those rows. A township asked for outside it is answered as unknown.
 */
@RestController
class LedgerController {

    private final MonthlyLedgers ledgers;
    private final Scopes scopes;

    LedgerController(MonthlyLedgers ledgers, Scopes scopes) {
        this.ledgers = ledgers;
        this.scopes = scopes;
    }

    @GetMapping("/api/ledgers/{month}")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF')")
    Ledger month(
            @PathVariable
                    @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "月份格式应为 yyyy-MM / month must be yyyy-MM")
                    String month,
            @RequestParam(required = false)
                    @Pattern(
                            regexp = "[0-9A-Za-z-]{1,40}",
                            message = "乡镇代码只能含字母、数字和连字符 / township code takes letters, digits and hyphens")
                    @Nullable
                    String townshipCode) {
        Actor actor = Actors.current();
        YearMonth yearMonth = YearMonth.parse(month);
        LedgerKey.Range range;
        if (townshipCode == null) {
            range = LedgerKey.Range.of(yearMonth);
        } else {
            scopes.require(actor, townshipCode);
            range = LedgerKey.Range.of(yearMonth, townshipCode);
        }
        List<LedgerRow> rows = scopes.visible(actor, ledgers.rows(range), LedgerRow::townshipCode);
        return Ledger.of(month, rows);
    }
}
