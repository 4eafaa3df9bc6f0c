package org.qingfeng.disposal.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.disposal.cases.CaseCommand;
import org.qingfeng.disposal.cases.CaseConflict;
import org.qingfeng.disposal.cases.CaseFiles;
import org.qingfeng.disposal.cases.CaseJson.AttachmentJson;
import org.qingfeng.disposal.cases.CaseNotFound;
import org.qingfeng.disposal.cases.CaseSteps;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.cases.Cases;
import org.qingfeng.disposal.network.NodeDirectory;
import org.qingfeng.disposal.network.rules.NetworkNode;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The cases seams as a map, for the inbox's, reminders' and confirmations' tests only (the real ones come
 * from the cases feature): {@link #append} checks the expected sequence and refuses steps on finished
 * cases other than a receipt holder's verdict, as the real machine does, and keeps what it appended.
 */
public class InMemoryCases implements Cases, CaseSteps {

    private final Map<UUID, CaseView> cases = new LinkedHashMap<>();
    private final List<CaseCommand> appended = new ArrayList<>();
    private @Nullable String refuseNext;

    public synchronized void put(CaseView... views) {
        for (CaseView view : views) {
            cases.put(view.caseId(), view);
        }
    }

    public synchronized void clear() {
        cases.clear();
        appended.clear();
        refuseNext = null;
    }

    /** The next append throws {@link CaseConflict} with this reason, as a race lost in the machine would. */
    public synchronized void refuseNext(String reason) {
        refuseNext = reason;
    }

    public synchronized List<CaseCommand> appended() {
        return List.copyOf(appended);
    }

    @Override
    public synchronized Optional<CaseView> find(UUID caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }

    @Override
    public synchronized List<CaseView> addressedTo(List<String> recipientCodes) {
        return cases.values().stream()
                .filter(c -> recipientCodes.contains(c.recipientCode()))
                .toList();
    }

    @Override
    public synchronized List<CaseView> containing(UUID itemId) {
        return cases.values().stream().filter(c -> c.itemIds().contains(itemId)).toList();
    }

    @Override
    public synchronized List<CaseView> unfinished() {
        return cases.values().stream().filter(c -> !c.finished()).toList();
    }

    @Override
    public synchronized List<CaseView> steppedBetween(Instant from, Instant to) {
        return List.copyOf(cases.values());
    }

    @Override
    public synchronized CaseStepped append(CaseCommand command) {
        CaseView c = cases.get(command.caseId());
        if (c == null) {
            throw new CaseNotFound(command.caseId());
        }
        if (refuseNext != null) {
            String reason = refuseNext;
            refuseNext = null;
            throw new CaseConflict(reason);
        }
        Long expected = command.expectedSequence();
        if ((expected != null && expected != c.sequence())
                || (c.finished() && command.step() != Step.CONFIRMATION_RECORDED)) {
            throw new CaseConflict("案件已有新的进展 / The case has moved on");
        }
        CaseStepped last = c.history().get(c.history().size() - 1);
        CaseStepped next = CaseFixtures.stepWith(
                c.caseId(),
                c.sequence() + 1,
                command.step(),
                stateAfter(command.step(), c.state()),
                c.recipientCode(),
                last.occurredAt().plusSeconds(60),
                c.dueAt(),
                c.acknowledgeBy(),
                null,
                command.reason() == null ? "" : command.reason(),
                command.text(),
                command.attachmentIds(),
                command.confirmation());
        List<CaseStepped> history = new ArrayList<>(c.history());
        history.add(next);
        cases.put(c.caseId(), CaseFixtures.view(history));
        appended.add(command);
        return next;
    }

    private static State stateAfter(Step step, State now) {
        return switch (step) {
            case ACKNOWLEDGED -> State.ACKNOWLEDGED;
            case REPLIED -> State.REPLIED;
            default -> now;
        };
    }

    /** The fake seams and what the inbox reads beside them, for a web slice. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        public static final Instant NOW = Instant.parse("2026-11-18T02:00:00Z");

        @Bean
        InMemoryCases inMemoryCases() {
            return new InMemoryCases();
        }

        @Bean
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        CaseFiles noFiles() {
            return caseId -> Map.<UUID, AttachmentJson>of();
        }

        @Bean
        NodeDirectory codesAsNames() {
            return new NodeDirectory() {
                @Override
                public Optional<NetworkNode> node(String code) {
                    return Optional.empty();
                }

                @Override
                public Optional<NetworkNode> stationOf(String code) {
                    return Optional.empty();
                }
            };
        }
    }
}
