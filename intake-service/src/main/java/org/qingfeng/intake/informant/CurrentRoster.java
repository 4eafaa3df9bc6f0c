package org.qingfeng.intake.informant;

import org.qingfeng.intake.informant.rules.Roster;

/** The roster as this instance knows it now; submissions from informants are checked against it. */
public interface CurrentRoster {

    Roster view();
}
