package org.qingfeng.disposal.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.cases.Cases;

/** The cases projection as a map, for tests of the features that read it. */
public final class InMemoryCases implements Cases {

    private final Map<UUID, CaseView> cases = new ConcurrentHashMap<>();

    public CaseView put(CaseView c) {
        cases.put(c.caseId(), c);
        return c;
    }

    public void clear() {
        cases.clear();
    }

    @Override
    public Optional<CaseView> find(UUID caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }

    @Override
    public List<CaseView> addressedTo(List<String> recipientCodes) {
        return cases.values().stream()
                .filter(c -> recipientCodes.contains(c.recipientCode()))
                .toList();
    }

    @Override
    public List<CaseView> containing(UUID itemId) {
        return cases.values().stream().filter(c -> c.itemIds().contains(itemId)).toList();
    }

    @Override
    public List<CaseView> unfinished() {
        return cases.values().stream().filter(c -> !c.finished()).toList();
    }

    @Override
    public List<CaseView> steppedBetween(Instant from, Instant to) {
        return new ArrayList<>(cases.values().stream()
                .filter(c -> c.history().stream()
                        .anyMatch(s ->
                                !s.occurredAt().isBefore(from) && s.occurredAt().isBefore(to)))
                .toList());
    }
}
