package org.qingfeng.analysis.ledger;

import jakarta.validation.constraints.Pattern;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The month's ledger, for the work station's monthly analysis. */
@RestController
class LedgerController {

    private final MonthlyLedgers ledgers;

    LedgerController(MonthlyLedgers ledgers) {
        this.ledgers = ledgers;
    }

    @GetMapping("/api/ledgers/{month}")
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
        YearMonth yearMonth = YearMonth.parse(month);
        LedgerKey.Range range =
                townshipCode == null ? LedgerKey.Range.of(yearMonth) : LedgerKey.Range.of(yearMonth, townshipCode);
        return Ledger.of(month, ledgers.rows(range));
    }
}
