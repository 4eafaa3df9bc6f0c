package org.qingfeng.disposal.cases;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Opens a case by hand, for a finding that has none yet, on a chosen ladder. */
public interface CaseOpening {

    /**
     * @param ladder a ladder id ({@code four-colour}, {@code inquiry}, {@code cards}, {@code admonishments}), or
     *     null for the configured default
     * @return the case id, derived from the finding, so asking twice opens one case
     * @throws CaseConflict when the finding already has a case, or is not one for disposal
     */
    UUID openForFinding(UUID findingId, @Nullable String ladder, String actor);
}
