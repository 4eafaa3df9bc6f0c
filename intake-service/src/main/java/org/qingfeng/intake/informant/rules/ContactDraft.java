package org.qingfeng.intake.informant.rules;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.InformantRecorded.ContactWay;

/** A contact with an informant, as staff sent it; the note will be sealed. */
public record ContactDraft(
        @Nullable String informantToken,
        @Nullable LocalDate on,
        @Nullable ContactWay way,
        @Nullable String note) {

    @Override
    public String toString() {
        return "ContactDraft[" + on + ", " + way + ", note sealed]";
    }
}
