package org.qingfeng.gateway.console;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.Backend;
import reactor.core.publisher.Mono;

/**
 * A page's read of one service: shown (2xx with a body), refused with the service's problem (404,
 * 403, 409, 400…), or not answered because the service was unavailable. Never an error, so a page
 * always renders and says which of the three happened.
 *
 * @param service the service's id ({@code analysis}), which names the unavailable message
 */
public record Reading<T>(
        String service,
        boolean available,
        int status,
        @Nullable T body,
        @Nullable Problem problem) {

    /** The answer of {@code read}, or "unavailable" when {@code backend} could not be asked. */
    public static <T> Mono<Reading<T>> of(Mono<Answer<T>> read, Backend backend) {
        return read.map(answer -> new Reading<>(
                        backend.id(),
                        true,
                        answer.status(),
                        answer.body(),
                        answer.isAccepted() ? null : answer.problem()))
                .onErrorResume(Failures.instead(backend, () -> unavailable(backend)));
    }

    public static <T> Reading<T> unavailable(Backend backend) {
        return new Reading<>(backend.id(), false, 503, null, null);
    }

    /** Public for the templates: the body is there to show. */
    public boolean shown() {
        return available && problem == null && body != null;
    }

    /** Public for the templates: the service answered and refused. */
    public boolean refused() {
        return available && !shown();
    }

    /**
     * The message key of a refusal by its status, which the page shows above the service's own
     * words: not found (or out of scope, alike), not permitted, a conflict, a bad request.
     */
    public String refusalKey() {
        return switch (status) {
            case 404 -> "reading.notfound";
            case 401, 403 -> "reading.forbidden";
            case 409 -> "reading.conflict";
            case 400 -> "reading.invalid";
            default -> "reading.refused";
        };
    }

    /** The service's own title and detail, Chinese first as it wrote them; none when it sent none. */
    public List<String> said() {
        if (problem == null) {
            return List.of();
        }
        return Stream.of(problem.title(), problem.detail())
                .filter(text -> text != null && !text.isBlank())
                .toList();
    }
}
