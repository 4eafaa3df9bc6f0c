package org.qingfeng.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qingfeng.gateway.Backend;

/** How a service's answer becomes what a console form shows. */
class SentTests {

    private static final Set<String> FIELDS = Set.of("code", "parentCode");

    @Test
    void showsSuccessWithItsArgument() {
        Sent sent = Sent.of(Answer.accepted(202, null), FIELDS, "network.form.saved", "330281-101");

        assertThat(sent.accepted()).isTrue();
        assertThat(sent.notice()).isEqualTo(new Notice("success", "network.form.saved", "330281-101", List.of()));
        assertThat(sent.errors().isEmpty()).isTrue();
    }

    @Test
    void placesTheErrorsOfABadRequestNextToTheFields() {
        Problem problem = new Problem(
                "请求中有字段不符合要求 / Some fields of the request are not valid",
                null,
                400,
                List.of(
                        new Problem.FieldError("[0].parentCode", "上级节点不存在 / no such parent node"),
                        new Problem.FieldError("[0].kind", "必填 / required")));

        Sent sent = Sent.of(Answer.refused(400, problem), FIELDS, "network.form.saved", null);

        assertThat(sent.accepted()).isFalse();
        assertThat(sent.errors().at("parentCode")).isEqualTo("上级节点不存在 / no such parent node");
        assertThat(sent.notice().key()).isEqualTo("form.invalid");
        assertThat(sent.notice().said()).containsExactly("[0].kind：必填 / required");
    }

    @Test
    void quotesTheServiceForARefusalThatIsNotAboutTheFields() {
        Problem problem = new Problem("该信息员已被解聘 / dismissed", "不能再报送 / can no longer submit", 403, List.of());

        Sent sent = Sent.of(Answer.refused(403, problem), FIELDS, "x", null);

        assertThat(sent.notice().key()).isEqualTo("form.refused");
        assertThat(sent.notice().said()).containsExactly("该信息员已被解聘 / dismissed", "不能再报送 / can no longer submit");
        assertThat(sent.errors().isEmpty()).isTrue();
    }

    @Test
    void namesAServiceThatCouldNotBeReached() {
        assertThat(Sent.unavailable(Backend.ANALYSIS).notice()).isEqualTo(Notice.unavailable("unavailable.analysis"));
    }

    @Test
    void readsAnAnswerWithoutAProblemBodyByItsStatus() {
        Sent sent = Sent.of(Answer.refused(502, Problem.bare(502)), FIELDS, "x", null);

        assertThat(sent.notice().key()).isEqualTo("form.refused");
        assertThat(sent.notice().said()).isEmpty();
    }
}
