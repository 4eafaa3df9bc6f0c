package org.qingfeng.disposal.station;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.disposal.cases.CaseCommand;
import org.qingfeng.disposal.cases.CaseConflict;
import org.qingfeng.disposal.cases.CaseNotFound;
import org.qingfeng.disposal.cases.CaseOpening;
import org.qingfeng.disposal.cases.CaseSteps;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.cases.Cases;
import org.qingfeng.support.security.Actor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The cases seams in memory, for the station's slice tests: the cases given, the commands appended
 * (a stale sequence is a {@link CaseConflict}, as the real steps answer it) and the openings asked for.
 */
final class FakeCases implements Cases, CaseSteps, CaseOpening {

    private final Map<UUID, CaseView> cases = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<CaseCommand> appended = Collections.synchronizedList(new ArrayList<>());
    private final List<Opening> openings = Collections.synchronizedList(new ArrayList<>());

    record Opening(UUID findingId, @Nullable String ladder, String actor) {}

    void given(CaseView... views) {
        for (CaseView view : views) {
            cases.put(view.caseId(), view);
        }
    }

    void clear() {
        cases.clear();
        appended.clear();
        openings.clear();
    }

    List<CaseCommand> appended() {
        return List.copyOf(appended);
    }

    List<Opening> openings() {
        return List.copyOf(openings);
    }

    @Override
    public Optional<CaseView> find(UUID caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }

    @Override
    public List<CaseView> addressedTo(List<String> recipientCodes) {
        return all().stream()
                .filter(c -> recipientCodes.contains(c.recipientCode()))
                .toList();
    }

    @Override
    public List<CaseView> containing(UUID itemId) {
        return all().stream().filter(c -> c.itemIds().contains(itemId)).toList();
    }

    @Override
    public List<CaseView> unfinished() {
        return all().stream().filter(c -> !c.finished()).toList();
    }

    @Override
    public List<CaseView> steppedBetween(Instant from, Instant to) {
        return all().stream()
                .filter(c -> c.history().stream()
                        .anyMatch(s ->
                                !s.occurredAt().isBefore(from) && s.occurredAt().isBefore(to)))
                .toList();
    }

    @Override
    public CaseStepped append(CaseCommand command) {
        CaseView c = find(command.caseId()).orElseThrow(() -> new CaseNotFound(command.caseId()));
        Long expected = command.expectedSequence();
        if (expected != null && expected != c.sequence()) {
            throw new CaseConflict("案件已有新进展，请刷新后重试 / the case moved on; reload and try again");
        }
        appended.add(command);
        return CaseFixtures.next(c, command.step(), c.state());
    }

    @Override
    public UUID openForFinding(UUID findingId, @Nullable String ladder, Actor actor) {
        openings.add(new Opening(findingId, ladder, actor.subject()));
        return UUID.nameUUIDFromBytes(("case-" + findingId).getBytes(StandardCharsets.UTF_8));
    }

    private List<CaseView> all() {
        return List.copyOf(cases.values());
    }

    /** One {@link FakeCases} as {@code Cases}, {@code CaseSteps} and {@code CaseOpening}. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        FakeCases fakeCases() {
            return new FakeCases();
        }
    }
}
