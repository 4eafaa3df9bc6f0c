package org.qingfeng.contracts.intake;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a warning item says. The description is confidential content: it travels only on topics
 * whose readers are the network's own services, and it is never logged.
 *
 * @param regionCode where it happened, down to the village
 * @param townshipCode the reporting point above {@code regionCode} (itself for a township or city unit)
 * @param unitCode the unit or department the item concerns
 * @param subjectArea a code from the subject-area catalogue, such as {@code work-style}
 * @param occurredOn the day the reported matter happened or was noticed, when the submitter says;
 *     timeliness in the informants' assessment is measured from it
 */
public record ItemDetails(
        String regionCode,
        String townshipCode,
        String unitCode,
        String subjectArea,
        @Nullable RiskCategory riskCategory,
        Urgency urgency,
        Channel channel,
        String description,
        @Nullable LocalDate occurredOn) {}
