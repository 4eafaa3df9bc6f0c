package org.qingfeng.intake.informant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.contracts.intake.InformantRecorded.ContactWay;
import org.qingfeng.contracts.intake.InformantRecorded.Training;
import org.qingfeng.contracts.intake.InformantRecorded.Verdict;

/**
 * One informant's record for staff: the listing fields, the training, the contacts without their
 * sealed notes, and the decisions without their sealed reasons.
 */
record InformantDetails(
        @JsonUnwrapped InformantSummary summary,
        List<Training> trainingRecords,
        List<ContactEntry> contactLog,
        List<DecisionEntry> decisions) {

    record ContactEntry(LocalDate on, ContactWay way) {}

    record DecisionEntry(
            int year, Verdict verdict, String decidedBy, Instant decidedAt, String method, List<String> figures) {}

    static InformantDetails of(InformantRecorded r, boolean rotationDue) {
        return new InformantDetails(
                InformantSummary.of(r, rotationDue),
                r.training(),
                r.contacts().stream()
                        .map(c -> new ContactEntry(c.on(), c.way()))
                        .toList(),
                r.decisions().stream()
                        .map(d -> new DecisionEntry(
                                d.year(), d.verdict(), d.decidedBy(), d.decidedAt(), d.method(), d.figures()))
                        .toList());
    }
}
