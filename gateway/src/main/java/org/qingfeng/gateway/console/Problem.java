package org.qingfeng.gateway.console;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the console reads of a service's RFC 9457 answer: the title and detail a person reads and
 * the {@code errors} naming each bad field ({@code [0].parentCode}, {@code 网络节点 第5行 上级代码}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(@Nullable String title, @Nullable String detail, int status, List<FieldError> errors) {

    public Problem {
        errors = errors == null
                ? List.of()
                : errors.stream().filter(e -> e != null).toList();
    }

    /** The problem of an answer whose body is not a problem: only its status is known. */
    public static Problem bare(int status) {
        return new Problem(null, null, status, List.of());
    }

    /** One bad field as the service named it, with its message, Chinese first. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(
            @Nullable String field, @Nullable String message) {}
}
