package org.qingfeng.disposal.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads of the {@code cases} projection for the other disposal features (notices, the department
 * inbox, reminders, bulletins). Unscoped: the caller applies {@code Scopes} to what it answers.
 */
public interface Cases {

    Optional<CaseView> find(UUID caseId);

    /** Cases whose {@code recipientCode} is {@code nodeCode} or lies below it, newest first. */
    List<CaseView> addressedTo(List<String> recipientCodes);

    /** Cases that hold {@code itemId} among their items. */
    List<CaseView> containing(UUID itemId);

    /** Cases not finished: the ones with a deadline still running or passed. */
    List<CaseView> unfinished();

    /** Cases with any step in {@code [from, to)}: a month's bulletin reads these. */
    List<CaseView> steppedBetween(Instant from, Instant to);

    /**
     * Every case with its standing, its history cut to the latest step: what a list shows. Lists are
     * read on every request, and a case's whole history is most of what a read costs.
     */
    default List<CaseView> rows() {
        return steppedBetween(Instant.EPOCH, Instant.now().plus(Duration.ofDays(1)));
    }
}
