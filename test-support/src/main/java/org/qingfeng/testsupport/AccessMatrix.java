package org.qingfeng.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntBiFunction;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventJson;
import tools.jackson.databind.JsonNode;

/**
 * An access-control matrix: every caller against every endpoint, each cell's status exact, each
 * refusal a problem document, each answer's body checked for what the caller may see. All cells
 * run before the failures are reported together; the size is printed.
 */
public final class AccessMatrix {

    private AccessMatrix() {}

    /** A role held at a node; no role is a request without a token. */
    public record Caller(@Nullable String role, @Nullable String node) {

        /** The {@code Authorization} value of this caller, or null for no token. */
        public @Nullable String authorization() {
            return role == null ? null : TestTokens.bearer(node, role);
        }

        @Override
        public String toString() {
            return role == null ? "no token" : role + "@" + node;
        }
    }

    /** One cell's response. */
    public record Answer(int status, @Nullable String contentType, byte[] body) {}

    /** Checks the body of a successful answer; {@code cell} names the cell in failures. */
    @FunctionalInterface
    public interface BodyCheck<E> {
        void check(SoftAssertions softly, String cell, Caller caller, E endpoint, JsonNode body);
    }

    /**
     * Runs every cell of {@code callers} × {@code endpoints} through {@code exchange} and asserts it.
     *
     * @param expected the exact status a cell must answer; 400 and above must be problem details
     */
    public static <E> void check(
            String service,
            List<Caller> callers,
            List<E> endpoints,
            Function<E, String> name,
            BiFunction<Caller, E, Answer> exchange,
            ToIntBiFunction<Caller, E> expected,
            BodyCheck<E> bodies) {
        SoftAssertions softly = new SoftAssertions();
        int cells = 0;
        for (Caller caller : callers) {
            for (E endpoint : endpoints) {
                Answer answer = exchange.apply(caller, endpoint);
                int status = expected.applyAsInt(caller, endpoint);
                String cell = caller + " × " + name.apply(endpoint);
                softly.assertThat(answer.status()).as(cell).isEqualTo(status);
                if (status >= 400) {
                    softly.assertThat(answer.contentType()).as(cell).startsWith("application/problem+json");
                } else {
                    JsonNode body = answer.body().length == 0
                            ? EventJson.mapper().missingNode()
                            : EventJson.mapper().readTree(answer.body());
                    bodies.check(softly, cell, caller, endpoint, body);
                }
                cells++;
            }
        }
        System.out.printf(
                "%s access-control matrix: %d callers × %d endpoints = %d cells%n",
                service, callers.size(), endpoints.size(), cells);
        softly.assertAll();
        assertThat(cells).isEqualTo(callers.size() * endpoints.size());
    }
}
