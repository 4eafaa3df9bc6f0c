package org.qingfeng.analysis.triage;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.dedup.IncidentStore;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.analysis.rules.Violation;
import org.qingfeng.analysis.triage.rules.Board;
import org.qingfeng.analysis.triage.rules.BoardItem;
import org.qingfeng.analysis.triage.rules.BoardMatch;
import org.qingfeng.analysis.triage.rules.BoardMonth;
import org.qingfeng.analysis.triage.rules.BoardRules;
import org.qingfeng.analysis.triage.rules.BoardState;
import org.qingfeng.analysis.triage.rules.ExclusionKind;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Scopes;
import org.springframework.stereotype.Service;

/**
 * The month's board for one reviewer: the items of the month in the caller's subtree (and township),
 * less those the reviewer is kept off, with their decisions and intake's matches.
 *
 * <p>The read is audited as one {@code ITEM_LIST} entry with the count, in the same acknowledged send
 * as a {@code REVIEWER_EXCLUDED} entry for each exclusion met for the first time; those are recorded
 * in {@code triage_exclusions} once the send is acknowledged, in one bulk write. A board that cannot be
 * audited is not shown and records nothing, so the next read tries again; two reads racing over the
 * same new exclusion may both audit it, which errs on the side of the trail.
 */
@Service
class TriageBoard {

    private final TriageItemStore items;
    private final ReviewerExclusions exclusions;
    private final IncidentStore incidents;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    TriageBoard(
            TriageItemStore items,
            ReviewerExclusions exclusions,
            IncidentStore incidents,
            Scopes scopes,
            AuditTrail audit,
            Clock clock) {
        this.items = items;
        this.exclusions = exclusions;
        this.incidents = incidents;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    Board board(Actor reviewer, @Nullable String month, @Nullable String state, @Nullable String township) {
        List<Violation> violations = new ArrayList<>();
        String period = BoardMonth.parse(month).orElse(null);
        if (period == null) {
            violations.add(new Violation("month", "须为 yyyy-MM 格式的月份 / must be a month as yyyy-MM"));
        }
        BoardState listed = BoardState.parse(state).orElse(null);
        if (listed == null) {
            violations.add(new Violation("state", "须为 OPEN、DECIDED 或 ALL / must be OPEN, DECIDED or ALL"));
        }
        if (!violations.isEmpty() || period == null || listed == null) {
            throw new RulesViolated(violations);
        }
        if (township != null) {
            scopes.require(reviewer, township);
        }
        List<BoardItem> inScope = items.ofMonth(period).stream()
                .filter(item -> scopes.covers(reviewer, nodeOf(item)))
                .filter(item -> township == null || township.equals(item.townshipCode()))
                .toList();
        Map<UUID, ExclusionKind> excluded = exclusions.excluded(
                reviewer, inScope.stream().map(BoardItem::place).toList());
        List<BoardItem> visible = inScope.stream()
                .filter(item -> !excluded.containsKey(item.itemId()))
                .toList();
        Board board = BoardRules.board(period, withMatches(visible), listed, excluded.size());
        List<Exclusion> first = exclusions.unrecorded(exclusionsOf(reviewer, inScope, excluded));
        List<AuditEntry> entries = new ArrayList<>(first.size() + 1);
        entries.add(AuditEntry.of(AuditAction.ITEM_LIST, "item", null, township != null ? township : reviewer.node())
                .detail(String.valueOf(board.items().size())));
        first.forEach(e -> entries.add(ReviewerExclusions.audited(e.itemId(), e.kind(), e.regionCode())));
        audit.recordAll(reviewer, entries);
        exclusions.record(first);
        return board;
    }

    private List<BoardItem> withMatches(List<BoardItem> visible) {
        Map<UUID, BoardMatch> found = new HashMap<>();
        incidents
                .matchesOf(visible.stream().map(BoardItem::itemId).toList())
                .forEach((itemId, match) ->
                        found.put(itemId, new BoardMatch(match.matchedItemId(), match.relation(), match.similarity())));
        return BoardRules.withMatches(visible, found);
    }

    private List<Exclusion> exclusionsOf(Actor reviewer, List<BoardItem> inScope, Map<UUID, ExclusionKind> excluded) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        return inScope.stream()
                .filter(item -> excluded.containsKey(item.itemId()))
                .map(item -> new Exclusion(
                        item.itemId(), reviewer.subject(), excluded.get(item.itemId()), nodeOf(item), now))
                .toList();
    }

    /** The node an item belongs to for scopes: its region, or its township if no region was kept. */
    static @Nullable String nodeOf(BoardItem item) {
        return item.regionCode() != null ? item.regionCode() : item.townshipCode();
    }
}
