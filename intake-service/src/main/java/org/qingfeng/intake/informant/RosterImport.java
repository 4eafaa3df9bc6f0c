package org.qingfeng.intake.informant;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.SealedBox;
import org.qingfeng.intake.informant.rules.Appointment;
import org.qingfeng.intake.informant.rules.InformantChanges;
import org.qingfeng.intake.informant.rules.StatedInformant;
import org.springframework.stereotype.Component;

/**
 * Brings the roster to what a workbook states, informant by informant: a new number is appointed, a
 * known one is restated when anything differs (its history kept), an unchanged one is left alone so
 * that importing the same file twice publishes nothing the second time.
 */
@Component
public class RosterImport {

    /** The status reason of a change made by an import, sealed like every other. */
    static final String IMPORT_REASON = "由工作簿导入变更 / changed by a workbook import";

    private final InformantService informants;
    private final RosterRegistry roster;
    private final InformantSeals seals;

    RosterImport(InformantService informants, RosterRegistry roster, InformantSeals seals) {
        this.informants = informants;
        this.roster = roster;
        this.seals = seals;
    }

    /** Publishes the informants that differ, {@code batch} at a time; returns how many did. */
    public int restate(List<StatedInformant> stated, int batch) {
        return informants.locked(() -> {
            List<InformantRecorded> changed = new ArrayList<>();
            for (StatedInformant s : stated) {
                next(s).ifPresent(changed::add);
            }
            for (int from = 0; from < changed.size(); from += batch) {
                informants.publish(changed.subList(from, Math.min(changed.size(), from + batch)));
            }
            return changed.size();
        });
    }

    private Optional<InformantRecorded> next(StatedInformant stated) {
        Appointment a = stated.appointment();
        String token = seals.token(a.identity());
        Optional<InformantRecorded> current = roster.view().informant(token);
        if (current.isEmpty()) {
            InformantRecorded appointed =
                    InformantChanges.appointed(token, a, seals.identity(a.identity()), informants.now());
            return Optional.of(
                    stated.status() == InformantStatus.ACTIVE
                            ? appointed
                            : InformantChanges.statusChanged(appointed, stated.status(), reason(), informants.now()));
        }
        InformantRecorded r = current.get();
        boolean sameIdentity = seals.open(r.identity()).equals(a.identity());
        if (sameIdentity && sameFacts(r, a) && r.status() == stated.status()) {
            return Optional.empty();
        }
        InformantChanges.Sealed sealed = sameIdentity
                ? new InformantChanges.Sealed(
                        r.identity(),
                        Objects.requireNonNull(r.phoneDigest()),
                        r.nameDigest(),
                        seals.emailDigest(a.identity()))
                : seals.identity(a.identity());
        return Optional.of(InformantChanges.restated(r, a, sealed, stated.status(), reason(), informants.now()));
    }

    private static boolean sameFacts(InformantRecorded r, Appointment a) {
        return r.homeNodeCode().equals(a.homeNodeCode())
                && r.appointedByCode().equals(a.appointedByCode())
                && r.type() == a.type()
                && r.backgrounds().equals(a.backgrounds())
                && r.roles().equals(a.roles())
                && r.appointedOn().equals(a.appointedOn());
    }

    private SealedBox reason() {
        return seals.seal(InformantSeals.STATUS_REASON, IMPORT_REASON);
    }
}
