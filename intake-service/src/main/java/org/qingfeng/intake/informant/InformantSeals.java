package org.qingfeng.intake.informant;

import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.intake.SealedBox;
import org.qingfeng.intake.informant.rules.Identity;
import org.qingfeng.intake.informant.rules.InformantChanges;
import org.qingfeng.intake.sealing.Pseudonyms;
import org.qingfeng.intake.sealing.Sealer;
import org.springframework.stereotype.Component;

/**
 * Seals what is personal in an informant's record, each kind under its own purpose so a box copied
 * into another field does not open there, and makes the keyed digests used to find a phone or a
 * name without opening anything.
 */
@Component
class InformantSeals {

    static final String IDENTITY = "informant-identity";
    static final String STATUS_REASON = "informant-status-reason";
    static final String CONTACT_NOTE = "informant-contact-note";
    static final String DECISION_REASON = "informant-decision-reason";
    static final String NAME_DIGEST = "name";
    static final String PHONE_DIGEST = "phone";
    static final String EMAIL_DIGEST = "email";

    private final Sealer sealer;
    private final Pseudonyms pseudonyms;

    InformantSeals(Sealer sealer, Pseudonyms pseudonyms) {
        this.sealer = sealer;
        this.pseudonyms = pseudonyms;
    }

    String token(Identity identity) {
        return pseudonyms.informantToken(identity.number());
    }

    InformantChanges.Sealed identity(Identity identity) {
        String json = EventJson.mapper().writeValueAsString(identity);
        return new InformantChanges.Sealed(
                sealer.seal(IDENTITY, json),
                pseudonyms.digest(PHONE_DIGEST, identity.phone()),
                pseudonyms.digest(NAME_DIGEST, identity.name()),
                emailDigest(identity));
    }

    /** The keyed digest an e-mail sender is matched by; null without an address. */
    @Nullable
    String emailDigest(Identity identity) {
        String email = identity.email();
        return email == null || email.isBlank() ? null : pseudonyms.digest(EMAIL_DIGEST, email);
    }

    Identity open(SealedBox identity) {
        return EventJson.mapper().readValue(sealer.open(IDENTITY, identity), Identity.class);
    }

    SealedBox seal(String purpose, String text) {
        return sealer.seal(purpose, text.strip());
    }

    @Nullable
    SealedBox sealOrNull(String purpose, @Nullable String text) {
        return text == null || text.isBlank() ? null : seal(purpose, text);
    }
}
