package org.qingfeng.intake.workbook.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.rules.Violation;

/** Reading one cell's text into a value, adding a violation named by the cell when it does not read. */
final class Cells {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、，,；;\\n]+");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));

    private Cells() {}

    static <E extends Enum<E>> @Nullable E label(
            String sheet, SheetRow row, String column, Labels<E> labels, List<Violation> out) {
        String text = row.cell(column);
        if (text == null) {
            return null;
        }
        Optional<E> value = labels.parse(text);
        if (value.isEmpty()) {
            out.add(notAnOption(sheet, row, column, labels));
        }
        return value.orElse(null);
    }

    /**
     * Names the cell and the options, never the cell's text: a shifted column puts a name or a phone
     * number where a label belongs, and the answer must not hand it back.
     */
    private static <E extends Enum<E>> Violation notAnOption(
            String sheet, SheetRow row, String column, Labels<E> labels) {
        return new Violation(
                Sheets.cell(sheet, row.number(), column),
                "须为以下之一：" + String.join("、", labels.labels()) + " / must be one of the listed words");
    }

    static <E extends Enum<E>> @Nullable List<E> labels(
            String sheet, SheetRow row, String column, Labels<E> labels, List<Violation> out) {
        List<E> values = new ArrayList<>();
        for (String text : split(row.cell(column))) {
            Optional<E> value = labels.parse(text);
            if (value.isEmpty()) {
                out.add(notAnOption(sheet, row, column, labels));
                return null;
            }
            values.add(value.get());
        }
        return values;
    }

    static List<String> split(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return LIST_SEPARATOR
                .splitAsStream(text)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static @Nullable Boolean yesNo(String sheet, SheetRow row, String column, List<Violation> out) {
        String text = row.cell(column);
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "是", "Y", "y", "TRUE", "true" -> true;
            case "否", "N", "n", "FALSE", "false" -> false;
            default -> {
                out.add(new Violation(Sheets.cell(sheet, row.number(), column), "须为“是”或“否” / must be 是 or 否"));
                yield null;
            }
        };
    }

    static @Nullable LocalDate date(String sheet, SheetRow row, String column, List<Violation> out) {
        String text = row.cell(column);
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // Try the next way of writing a date.
            }
        }
        out.add(new Violation(
                Sheets.cell(sheet, row.number(), column), "日期格式须为 2025-03-01 / a date such as 2025-03-01"));
        return null;
    }
}
