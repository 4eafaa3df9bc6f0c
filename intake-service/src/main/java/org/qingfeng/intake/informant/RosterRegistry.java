package org.qingfeng.intake.informant;

import jakarta.annotation.PostConstruct;
import java.util.Collection;
import java.util.Optional;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.intake.informant.rules.Roster;
import org.qingfeng.intake.network.rules.KnownNames;
import org.qingfeng.intake.sealing.Pseudonyms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The in-memory roster: an immutable snapshot swapped whole, loaded from {@code informants} before
 * the listeners start and kept current by them and by this instance's own commands. It also tells
 * the registry whether a piece of text is an informant's name, by keyed digest only.
 */
@Component
class RosterRegistry implements CurrentRoster, KnownNames, InformantSenders {

    private static final Logger log = LoggerFactory.getLogger(RosterRegistry.class);

    private final InformantStore store;
    private final Pseudonyms pseudonyms;
    private volatile Roster view = Roster.empty();

    RosterRegistry(InformantStore store, Pseudonyms pseudonyms) {
        this.store = store;
        this.pseudonyms = pseudonyms;
    }

    @PostConstruct
    void load() {
        view = Roster.of(store.all());
        log.info("Roster loaded with {} informants", view.size());
    }

    @Override
    public Roster view() {
        return view;
    }

    @Override
    public boolean isKnownName(String candidate) {
        return view.hasNameDigest(pseudonyms.digest(InformantSeals.NAME_DIGEST, candidate));
    }

    @Override
    public Optional<InformantRecorded> byPhone(String phone) {
        return view.byPhoneDigest(pseudonyms.digest(InformantSeals.PHONE_DIGEST, phone));
    }

    @Override
    public Optional<InformantRecorded> byEmail(String address) {
        return view.byEmailDigest(pseudonyms.digest(InformantSeals.EMAIL_DIGEST, address));
    }

    synchronized void apply(Collection<InformantRecorded> changed) {
        view = view.with(changed);
    }
}
