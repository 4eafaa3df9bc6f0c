package org.qingfeng.intake.informant.rules;

import java.time.LocalDate;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.contracts.intake.InformantRecorded.TrainingLevel;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.NodeKind;

/** Village and group informants need one rotation training (轮训) each calendar year. */
public final class Rotation {

    private Rotation() {}

    /**
     * Whether the informant, at a node of {@code homeKind}, still needs this year's rotation. A
     * dismissed informant needs none.
     */
    public static boolean due(InformantRecorded informant, NodeKind homeKind, LocalDate today) {
        if (informant.status() == InformantStatus.DISMISSED
                || (homeKind != NodeKind.VILLAGE && homeKind != NodeKind.GROUP)) {
            return false;
        }
        return informant.training().stream()
                .noneMatch(t -> t.level() == TrainingLevel.VILLAGE_ROTATION && t.on().getYear() == today.getYear());
    }
}
