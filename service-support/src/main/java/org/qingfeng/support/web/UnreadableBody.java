package org.qingfeng.support.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Names the field of a body that could not be read: malformed JSON, a wrong type, an unknown enum value. */
final class UnreadableBody {

    static final String BODY = "body";

    private UnreadableBody() {}

    static FieldProblem problemOf(Throwable failure) {
        JacksonException jackson = jacksonCause(failure);
        if (jackson == null) {
            return new FieldProblem(BODY, "请求体缺失或无法读取 / the body is missing or unreadable");
        }
        String field = path(jackson.getPath());
        return new FieldProblem(field.isEmpty() ? BODY : field, message(jackson));
    }

    private static String message(JacksonException jackson) {
        if (jackson instanceof InvalidFormatException invalid
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return "取值无效，可选：" + allowed + " / invalid value, one of: " + allowed;
        }
        if (jackson instanceof StreamConstraintsException) {
            return "超出读取限制（嵌套层数或长度）/ exceeds a read limit (nesting depth or length)";
        }
        if (jackson.getOriginalMessage().startsWith("Duplicate ")) {
            return "字段重复 / duplicate property";
        }
        if (jackson instanceof MismatchedInputException) {
            return "类型不符 / wrong type";
        }
        return "不是有效的 JSON / not valid JSON";
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static @Nullable JacksonException jacksonCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }
}
