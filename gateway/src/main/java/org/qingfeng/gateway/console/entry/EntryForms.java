package org.qingfeng.gateway.console.entry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.FormValues;

/** The staff entry forms mapped to intake's JSON, and intake's answers. Plain data, no Spring. */
final class EntryForms {

    private EntryForms() {}

    static final Set<String> ITEM_FIELDS = Set.of(
            "channel",
            "regionCode",
            "unitCode",
            "subjectArea",
            "urgency",
            "description",
            "informantToken",
            "concerns",
            "contact");

    static final Set<String> QUARTERLY_FIELDS = Set.of(
            "unitCode",
            "period",
            "workDynamics",
            "salientProblems",
            "handlingStatus",
            "dataTable",
            "items",
            "itemRegionCode",
            "itemUnitCode",
            "itemSubjectArea",
            "itemDescription");

    /** The item JSON of {@code /api/items/on-behalf}: an informant's token makes it theirs. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OnBehalf(
            @Nullable String regionCode,
            @Nullable String unitCode,
            @Nullable String subjectArea,
            @Nullable String urgency,
            @Nullable String channel,
            String submitterKind,
            @Nullable String description,
            @Nullable String informantToken,
            @Nullable String concerns,
            @Nullable String contact) {

        static OnBehalf from(FormValues form) {
            String token = form.text("informantToken");
            return new OnBehalf(
                    form.text("regionCode"),
                    form.text("unitCode"),
                    form.text("subjectArea"),
                    form.text("urgency"),
                    form.text("channel"),
                    token == null ? "STAFF_ON_BEHALF" : "INFORMANT",
                    form.text("description"),
                    token,
                    form.text("concerns"),
                    form.text("contact"));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Receipted(@Nullable String itemId, @Nullable String receipt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Batched(int items, @Nullable String batchId) {}

    record Row(String label, String value) {}

    /** One item filed with the report, in the JSON of {@code /api/items}; intake sets how it came. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReportItem(
            @Nullable String regionCode,
            @Nullable String unitCode,
            @Nullable String subjectArea,
            @Nullable String description) {}

    record Quarterly(
            @Nullable String unitCode,
            @Nullable String period,
            @Nullable String workDynamics,
            @Nullable String salientProblems,
            @Nullable String handlingStatus,
            List<Row> dataTable,
            List<ReportItem> items) {

        /**
         * The data table is typed one row a line as {@code 标签：数值} (or {@code =}); the one optional
         * item is filed when its description is given.
         */
        static Quarterly from(FormValues form) {
            List<Row> rows = form.all("dataTable").stream()
                    .flatMap(String::lines)
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .map(Quarterly::row)
                    .toList();
            String description = form.text("itemDescription");
            List<ReportItem> items = description == null
                    ? List.of()
                    : List.of(new ReportItem(
                            form.text("itemRegionCode"),
                            form.text("itemUnitCode"),
                            form.text("itemSubjectArea"),
                            description));
            return new Quarterly(
                    form.text("unitCode"),
                    form.text("period"),
                    form.text("workDynamics"),
                    form.text("salientProblems"),
                    form.text("handlingStatus"),
                    rows,
                    items);
        }

        private static Row row(String line) {
            String[] parts = line.split("[:：=]", 2);
            return parts.length == 2 ? new Row(parts[0].strip(), parts[1].strip()) : new Row(line, "");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Filed(
            @Nullable String reportId,
            @Nullable List<String> itemIds,
            @Nullable String state) {}
}
