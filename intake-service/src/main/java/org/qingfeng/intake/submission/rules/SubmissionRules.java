package org.qingfeng.intake.submission.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

/**
 * What makes a submission acceptable: a region and a unit the network knows, a subject area of the
 * catalogue, and a description that states something (10 to 4000 characters once trimmed).
 */
public final class SubmissionRules {

    static final int MIN_DESCRIPTION = 10;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_IDENTIFYING = 200;
    private static final String REQUIRED = "必填 / required";
    private static final String HIDDEN = "含有控制字符或文字方向控制符 / contains control characters or bidirectional overrides";

    private final Set<String> subjectAreas;

    public SubmissionRules(List<SubjectArea> catalogue) {
        this.subjectAreas = catalogue.stream().map(SubjectArea::code).collect(Collectors.toUnmodifiableSet());
    }

    /** The submission with defaults filled in, or {@link RulesViolated} naming every bad field. */
    public ValidSubmission check(SubmissionDraft draft, NetworkView network) {
        List<Violation> violations = new ArrayList<>();
        Optional<String> reportingPoint = checkRegion(draft.regionCode(), network, violations);
        checkUnit(draft.unitCode(), network, violations);
        checkSubjectArea(draft.subjectArea(), violations);
        String description = Objects.requireNonNullElse(Texts.normalised(draft.description()), "");
        checkDescription(draft.description(), description, violations);
        String concerns = checkIdentifying("concerns", draft.concerns(), violations);
        String contact = checkIdentifying("contact", draft.contact(), violations);
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        ItemDetails item = new ItemDetails(
                Objects.requireNonNull(draft.regionCode()),
                reportingPoint.orElseThrow(),
                Objects.requireNonNull(draft.unitCode()),
                Objects.requireNonNull(draft.subjectArea()),
                draft.riskCategory(),
                Objects.requireNonNullElse(draft.urgency(), Urgency.ROUTINE),
                Objects.requireNonNullElse(draft.channel(), Channel.API),
                description,
                draft.occurredOn());
        return new ValidSubmission(
                Objects.requireNonNullElse(draft.submitterKind(), SubmitterKind.ANONYMOUS),
                item,
                draft.informantToken() == null || draft.informantToken().isBlank()
                        ? null
                        : draft.informantToken().strip(),
                concerns,
                contact);
    }

    private static Optional<String> checkRegion(@Nullable String code, NetworkView network, List<Violation> out) {
        if (code == null || code.isBlank()) {
            out.add(new Violation("regionCode", REQUIRED));
            return Optional.empty();
        }
        if (!network.isActiveRegion(code)) {
            out.add(new Violation(
                    "regionCode",
                    "不是在用的村、乡镇、市直单位或监测点 / not an active village, township, city unit or monitoring point"));
            return Optional.empty();
        }
        Optional<String> reportingPoint = network.reportingPointOf(code);
        if (reportingPoint.isEmpty()) {
            out.add(new Violation("regionCode", "上级没有乡镇或市直单位 / no township or city unit above it"));
        }
        return reportingPoint;
    }

    private static void checkUnit(@Nullable String code, NetworkView network, List<Violation> out) {
        if (code == null || code.isBlank()) {
            out.add(new Violation("unitCode", REQUIRED));
        } else if (!network.isActiveUnit(code)) {
            out.add(new Violation("unitCode", "不是在用的部门或市直单位 / not an active department or city unit"));
        }
    }

    private void checkSubjectArea(@Nullable String code, List<Violation> out) {
        if (code == null || code.isBlank()) {
            out.add(new Violation("subjectArea", REQUIRED));
        } else if (!subjectAreas.contains(code)) {
            out.add(new Violation("subjectArea", "不在领域目录中 / not in the subject-area catalogue"));
        }
    }

    private static void checkDescription(@Nullable String sent, String trimmed, List<Violation> out) {
        int length = trimmed.codePointCount(0, trimmed.length());
        if (sent == null) {
            out.add(new Violation("description", REQUIRED));
        } else if (length < MIN_DESCRIPTION || length > MAX_DESCRIPTION) {
            out.add(new Violation("description", "须为 10 到 4000 字 / must be 10 to 4000 characters"));
        } else if (Texts.hasHiddenCharacters(trimmed)) {
            out.add(new Violation("description", HIDDEN));
        }
    }

    /** A field that names or reaches a person: optional, short, and nothing hidden in it. */
    private static @Nullable String checkIdentifying(String field, @Nullable String sent, List<Violation> out) {
        String text = Texts.normalised(sent);
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > MAX_IDENTIFYING) {
            out.add(new Violation(field, "不能超过 200 字 / must be at most 200 characters"));
        } else if (Texts.hasControlOrBidi(text)) {
            out.add(new Violation(field, HIDDEN));
        }
        return text;
    }
}
