package org.qingfeng.intake.rhythm;

import java.util.List;
import org.qingfeng.intake.rhythm.rules.ReportingContact;

/** The reminder recipients of each unit, kept sealed. */
interface ContactBook {

    /** How many recipients the unit has, without opening anything. */
    int count(String unitCode);

    /** The unit's recipients in plain: only for sending, never kept. */
    List<ReportingContact> open(String unitCode);
}
