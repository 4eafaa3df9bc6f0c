package org.qingfeng.intake.informant.rules;

import org.qingfeng.contracts.intake.InformantStatus;

/** An informant as a workbook states them: a checked appointment and the status they should have. */
public record StatedInformant(Appointment appointment, InformantStatus status) {}
