package org.qingfeng.intake.reviewer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.qingfeng.intake.reviewer.rules.NameCandidates;
import org.qingfeng.intake.reviewer.rules.RegisteredNames;
import org.qingfeng.intake.sealing.Pseudonyms;
import org.qingfeng.intake.sealing.SealedBoxUnreadable;
import org.qingfeng.intake.sealing.Sealer;
import org.qingfeng.intake.submission.SubmissionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where a name becomes a digest and an item's concerns are opened: both sides go through the same
 * keyed digest ({@code person}), so only intake, which holds the key, can compare them. The opened
 * text lives only inside {@link #named}; it and what matched are never logged.
 */
@Component
class NameMatching {

    private static final Logger log = LoggerFactory.getLogger(NameMatching.class);
    private static final String KIND = "person";

    private final Sealer sealer;
    private final Pseudonyms pseudonyms;

    NameMatching(Sealer sealer, Pseudonyms pseudonyms) {
        this.sealer = sealer;
        this.pseudonyms = pseudonyms;
    }

    /** The keyed digest of a name already in its comparable form. */
    String digest(String comparableName) {
        return pseudonyms.digest(KIND, comparableName);
    }

    /** For each item that names a registered reviewer, those reviewers; items naming none are left out. */
    Map<UUID, Set<String>> named(List<ItemConcerns> items, RegisteredNames registered) {
        Map<UUID, Set<String>> found = new LinkedHashMap<>();
        if (registered.isEmpty()) {
            return found;
        }
        for (ItemConcerns item : items) {
            Set<String> reviewers = registered.reviewersNamedBy(digests(item));
            if (!reviewers.isEmpty()) {
                found.put(item.itemId(), reviewers);
            }
        }
        return found;
    }

    private Set<String> digests(ItemConcerns item) {
        String text;
        try {
            text = sealer.open(SubmissionService.CONCERNS_PURPOSE, item.concerns());
        } catch (SealedBoxUnreadable e) {
            log.warn("The concerns of item {} do not open, so no reviewer is matched against them", item.itemId());
            return Set.of();
        }
        return NameCandidates.of(text).stream().map(this::digest).collect(Collectors.toSet());
    }
}
