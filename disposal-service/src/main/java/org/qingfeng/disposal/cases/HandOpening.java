package org.qingfeng.disposal.cases;

import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.disposal.cases.rules.CaseMachine;
import org.qingfeng.support.kafka.Acks;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Scopes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * {@link CaseOpening} by the station: a finding for disposal or an analysis exchange, on the ladder
 * chosen, from the cases' own copy of the findings.
 */
@Component
class HandOpening implements CaseOpening {

    private final CaseFindingStore findings;
    private final CaseOpener opener;
    private final CaseMachine machine;
    private final String defaultLadder;
    private final Duration retryAfter;
    private final Scopes scopes;

    HandOpening(
            CaseFindingStore findings,
            CaseOpener opener,
            CaseMachine machine,
            CasesProperties properties,
            Scopes scopes) {
        this.scopes = scopes;
        this.findings = findings;
        this.opener = opener;
        this.machine = machine;
        this.defaultLadder = properties.defaultLadder();
        this.retryAfter = properties.retryAfter();
    }

    @Override
    public UUID openForFinding(UUID findingId, @Nullable String ladder, Actor actor) {
        String ladderId = ladder == null || ladder.isBlank() ? defaultLadder : ladder;
        if (machine.ladders().find(ladderId).isEmpty()) {
            throw problem(
                    HttpStatus.BAD_REQUEST,
                    "未知的预警阶梯 / Unknown ladder: " + ladderId + "（可选 four-colour、inquiry、cards、admonishments）");
        }
        FindingPublished finding = findings.find(findingId)
                .filter(f -> scopes.covers(actor, f.unitCode()) || scopes.covers(actor, f.regionCode()))
                .orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "没有这条问题线索 / No such finding: " + findingId));
        try {
            return opener.open(finding, ladderId, actor.subject())
                    .orElseThrow(() -> new CaseConflict(
                            "该问题已有处置案件 / This finding already has a case: " + CaseOpener.caseIdOf(findingId)));
        } catch (Acks.AckFailed e) {
            throw new CasesUnavailable(retryAfter, e);
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status == HttpStatus.NOT_FOUND ? "未找到 / Not found" : "请求参数有误 / Invalid request");
        return new ErrorResponseException(status, problem, null);
    }
}
