package org.qingfeng.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.testsupport.AccessMatrix.Answer;
import org.qingfeng.testsupport.AccessMatrix.Caller;

class AccessMatrixTests {

    private static final List<Caller> CALLERS = List.of(new Caller(null, null), new Caller("TOWNSHIP_STAFF", "t1"));
    private static final Answer PROBLEM =
            new Answer(401, "application/problem+json", "{}".getBytes(StandardCharsets.UTF_8));
    private static final Answer OWN =
            new Answer(200, "application/json", "{\"node\":\"t1\"}".getBytes(StandardCharsets.UTF_8));

    @Test
    void passesWhenEveryCellAnswersAsExpected() {
        assertThatCode(() -> AccessMatrix.check(
                        "test",
                        CALLERS,
                        List.of("list"),
                        e -> e,
                        (caller, e) -> caller.role() == null ? PROBLEM : OWN,
                        (caller, e) -> caller.role() == null ? 401 : 200,
                        (softly, cell, caller, e, body) -> softly.assertThat(
                                        body.path("node").asString())
                                .as(cell)
                                .isEqualTo(caller.node())))
                .doesNotThrowAnyException();
    }

    @Test
    void reportsAWrongStatusARefusalWithoutProblemDetailsAndALeakingBody() {
        Answer plainRefusal = new Answer(401, "text/plain", new byte[0]);
        Answer leak = new Answer(200, "application/json", "{\"node\":\"t2\"}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> AccessMatrix.check(
                        "test",
                        CALLERS,
                        List.of("list"),
                        e -> e,
                        (caller, e) -> caller.role() == null ? plainRefusal : leak,
                        (caller, e) -> caller.role() == null ? 401 : 200,
                        (softly, cell, caller, e, body) -> softly.assertThat(
                                        body.path("node").asString())
                                .as(cell)
                                .isEqualTo(caller.node())))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no token × list")
                .hasMessageContaining("TOWNSHIP_STAFF@t1 × list");
    }
}
