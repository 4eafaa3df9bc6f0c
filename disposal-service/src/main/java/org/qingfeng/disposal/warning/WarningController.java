package org.qingfeng.disposal.warning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.WarningColour;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Warnings for the work station: the newest, those of one item, one by id, and counts per colour. */
@RestController
@RequestMapping("/api/warnings")
class WarningController {

    private static final String LIMIT_RANGE = "条数须在 1 到 200 之间 / limit must be between 1 and 200";

    private final Warnings warnings;

    WarningController(Warnings warnings) {
        this.warnings = warnings;
    }

    @GetMapping
    Recent recent(
            @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = LIMIT_RANGE)
                    @Max(value = 200, message = LIMIT_RANGE)
                    int limit,
            @RequestParam(required = false) @Nullable UUID itemId) {
        List<Warning> found = itemId == null
                ? warnings.newest(limit)
                : warnings.byId(Warning.idFor(itemId)).stream().toList();
        return new Recent(found.stream().map(WarningView::of).toList());
    }

    @GetMapping("/{warningId}")
    WarningView one(@PathVariable UUID warningId) {
        return warnings.byId(warningId).map(WarningView::of).orElseThrow(() -> new WarningNotFoundException(warningId));
    }

    @GetMapping("/summary")
    Summary summary() {
        return new Summary(warnings.countByColour());
    }

    /** Newest first. */
    record Recent(List<WarningView> warnings) {}

    /** How many warnings of each colour, every colour present, mildest first. */
    record Summary(Map<WarningColour, Long> byColour) {}
}
