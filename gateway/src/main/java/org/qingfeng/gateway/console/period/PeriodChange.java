package org.qingfeng.gateway.console.period;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The bodies of analysis's {@code POST /api/periods/close} ({@code {period}}) and
 * {@code POST /api/periods/reopen} ({@code {period, reason}}, the reason at least 10 characters,
 * which analysis checks).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PeriodChange(String period, @Nullable String reason) {

    static final Set<String> FIELDS = Set.of("period", "reason");
}
