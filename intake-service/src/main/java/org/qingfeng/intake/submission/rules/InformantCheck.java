package org.qingfeng.intake.submission.rules;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

/**
 * Who may submit as an informant: a submission of kind {@code INFORMANT} carries the token of an
 * informant on the roster, and only informants carry a token. Every channel passes through here, so
 * a dismissed informant is refused on all of them.
 */
public final class InformantCheck {

    /** Why an informant on the roster may not submit. */
    public enum Refusal {
        DISMISSED,
        SUSPENDED
    }

    private InformantCheck() {}

    /**
     * Nothing when the submitter may submit, the refusal for an informant who may not, or {@link
     * RulesViolated} on {@code informantToken} when the token is missing, unknown or out of place.
     */
    public static Optional<Refusal> check(
            SubmitterKind kind, @Nullable String token, Function<String, Optional<InformantStatus>> statusOf) {
        boolean hasToken = token != null && !token.isBlank();
        if (kind != SubmitterKind.INFORMANT) {
            if (hasToken) {
                throw violated("只有信息员报送时才填写信息员令牌 / only an informant's submission carries a token");
            }
            return Optional.empty();
        }
        if (!hasToken) {
            throw violated("信息员报送须填写信息员令牌 / required when an informant submits");
        }
        InformantStatus status =
                statusOf.apply(token.strip()).orElseThrow(() -> violated("没有这个信息员 / no such informant"));
        return switch (status) {
            case ACTIVE -> Optional.empty();
            case SUSPENDED -> Optional.of(Refusal.SUSPENDED);
            case DISMISSED -> Optional.of(Refusal.DISMISSED);
        };
    }

    private static RulesViolated violated(String message) {
        return new RulesViolated(List.of(new Violation("informantToken", message)));
    }
}
