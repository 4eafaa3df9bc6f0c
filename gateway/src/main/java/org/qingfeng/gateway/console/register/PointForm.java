package org.qingfeng.gateway.console.register;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.FormValues;

/**
 * The body of analysis's {@code POST /api/register/points}, from the point form: a new point when
 * the id box is blank, otherwise a new version of that point. Blank boxes are left out; the
 * keywords are typed one a line (or between commas and 、).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PointForm(
        @Nullable String riskPointId,
        @Nullable String unitCode,
        @Nullable String post,
        @Nullable String description,
        @Nullable String category,
        @Nullable String level,
        @Nullable String measures,
        @Nullable String leaderLevel,
        @Nullable String responsibleLeader,
        @Nullable String holderSince,
        List<String> keywords) {

    static final Set<String> FIELDS = Set.of(
            "riskPointId",
            "unitCode",
            "post",
            "description",
            "category",
            "level",
            "measures",
            "leaderLevel",
            "responsibleLeader",
            "holderSince",
            "keywords");

    static final List<String> LEVELS = List.of("A", "B", "C");

    static PointForm from(FormValues form) {
        return new PointForm(
                form.text("riskPointId"),
                form.text("unitCode"),
                form.text("post"),
                form.text("description"),
                form.text("category"),
                form.text("level"),
                form.text("measures"),
                form.text("leaderLevel"),
                form.text("responsibleLeader"),
                form.text("holderSince"),
                form.items("keywords"));
    }

    /** The bodies of {@code POST /api/register/self-checks} and {@code /points/retire}. */
    record SelfCheck(@Nullable String riskPointId, @Nullable String on) {}

    record Retirement(@Nullable String riskPointId) {}
}
