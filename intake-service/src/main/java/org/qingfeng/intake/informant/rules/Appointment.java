package org.qingfeng.intake.informant.rules;

import java.time.LocalDate;
import java.util.List;
import org.qingfeng.contracts.intake.InformantRecorded.Background;
import org.qingfeng.contracts.intake.InformantRecorded.Role;
import org.qingfeng.contracts.intake.InformantType;

/** An appointment that passed every rule; {@code roles} always holds {@code INTEGRITY} first. */
public record Appointment(
        Identity identity,
        String homeNodeCode,
        String appointedByCode,
        InformantType type,
        List<Background> backgrounds,
        List<Role> roles,
        LocalDate appointedOn) {

    public Appointment {
        backgrounds = List.copyOf(backgrounds);
        roles = List.copyOf(roles);
    }
}
