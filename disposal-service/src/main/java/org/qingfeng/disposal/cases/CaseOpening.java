package org.qingfeng.disposal.cases;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.support.security.Actor;

/** Opens a case by hand, for a finding that has none yet, on a chosen ladder. */
public interface CaseOpening {

    /**
     * @param actor the caller: the finding's unit or region must lie in its subtree, else the answer is
     *     the {@code 404} of a finding that does not exist
     * @param ladder a ladder id ({@code four-colour}, {@code inquiry}, {@code cards}, {@code admonishments}), or
     *     null for the configured default
     * @return the case id, derived from the finding, so asking twice opens one case
     * @throws CaseConflict when the finding already has a case, or is not one for disposal
     */
    UUID openForFinding(UUID findingId, @Nullable String ladder, Actor actor);
}
