package org.qingfeng.intake.informant.rules;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.InformantRecorded.Background;
import org.qingfeng.contracts.intake.InformantRecorded.Role;
import org.qingfeng.contracts.intake.InformantType;

/** An appointment as staff sent it, not yet checked. Its toString never shows the identity. */
public record AppointmentDraft(
        @Nullable String number,
        @Nullable String name,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String idNumber,
        @Nullable String homeNodeCode,
        @Nullable String appointedByCode,
        @Nullable InformantType type,
        @Nullable List<Background> backgrounds,
        @Nullable List<Role> roles,
        @Nullable LocalDate appointedOn) {

    @Override
    public String toString() {
        return "AppointmentDraft[home=" + homeNodeCode + ", by=" + appointedByCode + ", identity sealed]";
    }
}
