package org.qingfeng.intake.informant;

import java.util.Optional;
import org.qingfeng.contracts.intake.InformantRecorded;

/**
 * Finds the informant a message came from by the keyed digest of its sender, without opening any
 * identity: how the SMS and e-mail channels tell an informant from an unknown sender.
 */
public interface InformantSenders {

    /** The informant with this phone, in the roster's form (eleven digits, no country code). */
    Optional<InformantRecorded> byPhone(String phone);

    /** The informant with this e-mail address. */
    Optional<InformantRecorded> byEmail(String address);
}
