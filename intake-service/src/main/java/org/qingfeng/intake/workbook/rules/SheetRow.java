package org.qingfeng.intake.workbook.rules;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One data row of a sheet, its cells by column title as text (dates as {@code yyyy-MM-dd}).
 *
 * @param number the row number as the spreadsheet shows it, counting the title row as 1
 */
public record SheetRow(int number, Map<String, String> cells) {

    public SheetRow {
        cells = Map.copyOf(cells);
    }

    /** The stripped cell, or null when empty or missing. */
    public @Nullable String cell(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "SheetRow[" + number + "]";
    }
}
