package org.qingfeng.intake.informant;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.contracts.intake.InformantRecorded.Background;
import org.qingfeng.contracts.intake.InformantRecorded.Contact;
import org.qingfeng.contracts.intake.InformantRecorded.Role;
import org.qingfeng.contracts.intake.InformantRecorded.Training;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.InformantType;
import org.qingfeng.intake.informant.rules.InformantChanges;

/** One informant as staff list them: under the token, with no identity field at all. */
record InformantSummary(
        String informantToken,
        String homeNodeCode,
        String appointedByCode,
        InformantType type,
        List<Background> backgrounds,
        List<Role> roles,
        InformantStatus status,
        LocalDate appointedOn,
        long version,
        int training,
        @Nullable LocalDate lastTrainingOn,
        boolean rotationDue,
        int contacts,
        @Nullable LocalDate lastContactOn) {

    static InformantSummary of(InformantRecorded r, boolean rotationDue) {
        return new InformantSummary(
                r.informantToken(),
                r.homeNodeCode(),
                r.appointedByCode(),
                r.type(),
                r.backgrounds(),
                r.roles(),
                r.status(),
                r.appointedOn(),
                r.version(),
                r.training().size(),
                InformantChanges.latest(r.training().stream().map(Training::on).toList()),
                rotationDue,
                r.contacts().size(),
                InformantChanges.latest(r.contacts().stream().map(Contact::on).toList()));
    }

    /** Never the token: a listing is written by Spring's request logging through its toString. */
    @Override
    public String toString() {
        return "InformantSummary[" + homeNodeCode + ", " + status + ", version " + version + ", token withheld]";
    }
}
