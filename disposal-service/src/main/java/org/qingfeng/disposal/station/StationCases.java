package org.qingfeng.disposal.station;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.disposal.cases.CaseFiles;
import org.qingfeng.disposal.cases.CaseJson;
import org.qingfeng.disposal.cases.CaseLabels;
import org.qingfeng.disposal.cases.CaseNotFound;
import org.qingfeng.disposal.cases.CaseOpening;
import org.qingfeng.disposal.cases.CaseScopes;
import org.qingfeng.disposal.cases.CaseSteps;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.cases.Cases;
import org.qingfeng.disposal.cases.NoticeTitles;
import org.qingfeng.disposal.network.NodeDirectory;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Scopes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The station's view of the cases: the ones the caller may see, in JSON, and the seams that step
 * and open them. Staff see a case when its unit or its township lies in their subtree (README,
 * "Access"); a case they may not see is answered exactly as one that does not exist.
 *
 * <p>The seams are looked up on each call rather than required at start: the projection and its
 * steps are a feature of their own, and without them the station answers {@code 503}, not a failed
 * start.
 */
@Component
class StationCases {

    private final ObjectProvider<Cases> cases;
    private final ObjectProvider<CaseSteps> steps;
    private final ObjectProvider<CaseOpening> opening;
    private final ObjectProvider<CaseFiles> files;
    private final ObjectProvider<NoticeTitles> titles;
    private final Clock clock;
    private final Scopes scopes;
    private final NodeDirectory directory;

    StationCases(
            ObjectProvider<Cases> cases,
            ObjectProvider<CaseSteps> steps,
            ObjectProvider<CaseOpening> opening,
            ObjectProvider<CaseFiles> files,
            ObjectProvider<NoticeTitles> titles,
            ObjectProvider<Clock> clock,
            Scopes scopes,
            NodeDirectory directory) {
        this.cases = cases;
        this.steps = steps;
        this.opening = opening;
        this.files = files;
        this.titles = titles;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.scopes = scopes;
        this.directory = directory;
    }

    Instant now() {
        return clock.instant();
    }

    /** Every case the caller may see, finished or not, as list rows (the latest step only), in no particular order. */
    List<CaseView> visible(Actor actor) {
        return cases().rows().stream().filter(c -> visible(actor, c)).toList();
    }

    /** The case, if the caller may see it; else {@link CaseNotFound}, as for a case that does not exist. */
    CaseView find(Actor actor, UUID caseId) {
        return cases().find(caseId).filter(c -> visible(actor, c)).orElseThrow(() -> new CaseNotFound(caseId));
    }

    CaseJson row(CaseView c, Instant now) {
        return CaseJson.row(c, directory, now);
    }

    /** The detail, with the stored files' names and the notices' titles where those features are present. */
    CaseJson detail(CaseView c, Instant now) {
        CaseFiles stored = files.getIfAvailable();
        Map<UUID, CaseJson.AttachmentJson> attachments = stored == null ? Map.of() : stored.of(c.caseId());
        NoticeTitles named = titles.getIfAvailable();
        Function<CaseStepped, String> title =
                named == null ? notice -> CaseLabels.rung(notice.rungCode()) : named::titleOf;
        return CaseJson.detail(c, directory, now, attachments, title);
    }

    CaseSteps steps() {
        return available(steps.getIfAvailable());
    }

    CaseOpening opening() {
        return available(opening.getIfAvailable());
    }

    private Cases cases() {
        return available(cases.getIfAvailable());
    }

    private boolean visible(Actor actor, CaseView c) {
        return CaseScopes.staffSee(scopes, actor, c);
    }

    private static <T> T available(@Nullable T seam) {
        if (seam == null) {
            throw new CasesUnavailable();
        }
        return seam;
    }
}
