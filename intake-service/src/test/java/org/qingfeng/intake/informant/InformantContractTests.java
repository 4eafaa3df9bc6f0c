package org.qingfeng.intake.informant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Golden;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.intake.ContractFixtures;
import org.qingfeng.intake.informant.rules.InformantChanges;

class InformantContractTests {

    @Test
    void theGoldenRecordIsReadAndWrittenBackUnchanged() {
        InformantRecorded record = ContractFixtures.readAs(Topics.INFORMANT_RECORDED, InformantRecorded.class);

        assertThat(ContractFixtures.written(Topics.INFORMANT_RECORDED, record))
                .isEqualTo(ContractFixtures.tree(Golden.json(Topics.INFORMANT_RECORDED)));
    }

    @Test
    void thePublicFactOfTheGoldenRecordIsTheGoldenPublicFact() {
        InformantRecorded record = ContractFixtures.readAs(Topics.INFORMANT_RECORDED, InformantRecorded.class);

        assertThat(ContractFixtures.written(Topics.INFORMANT_CHANGED, InformantChanges.publicFact(record)))
                .isEqualTo(ContractFixtures.tree(Golden.json(Topics.INFORMANT_CHANGED)));
    }

    @Test
    void theGoldenRecordsIdIsDerivedFromTokenAndVersionAsIntakeDerivesIt() {
        InformantRecorded golden = ContractFixtures.readAs(Topics.INFORMANT_RECORDED, InformantRecorded.class);
        InformantRecorded previous = new InformantRecorded(
                golden.eventId(),
                golden.occurredAt(),
                golden.informantToken(),
                golden.version() - 1,
                golden.homeNodeCode(),
                golden.appointedByCode(),
                golden.type(),
                golden.backgrounds(),
                golden.roles(),
                golden.status(),
                golden.statusReason(),
                golden.appointedOn(),
                golden.identity(),
                golden.phoneDigest(),
                golden.nameDigest(),
                golden.training(),
                golden.contacts(),
                golden.decisions());

        InformantRecorded next =
                InformantChanges.statusChanged(previous, golden.status(), golden.identity(), golden.occurredAt());

        assertThat(next.eventId()).isEqualTo(golden.eventId());
    }
}
