package org.qingfeng.intake.rhythm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Golden;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.contracts.intake.ReportingContactsChanged;
import org.qingfeng.intake.CalendarFixtures;
import org.qingfeng.intake.ContractFixtures;
import org.qingfeng.intake.rhythm.rules.ReportingPeriod;
import org.qingfeng.intake.rhythm.rules.ReportingRhythm;
import org.qingfeng.intake.rhythm.rules.ReportingUnit;
import org.qingfeng.intake.rhythm.rules.ReportingWindow;

class ReportingComplianceContractTests {

    @Test
    void aLateNilReportIsPublishedAsTheGoldenFileSays() {
        ReportingRhythm rhythm =
                new ReportingRhythm(RhythmFixtures.properties(null).settings(), CalendarFixtures.shippedWorkingDays());
        ReportingUnit township = new ReportingUnits(RhythmFixtures.anyCountyNetwork())
                .active(RhythmFixtures.CHENGGUAN)
                .orElseThrow();
        ReportingWindow september = rhythm.window(
                township, ReportingPeriod.parse(township.cycle(), "2026-09").orElseThrow());
        Instant filedAt = Instant.parse("2026-10-09T01:30:00Z");

        ReportingComplianceChanged fact = september.filed(rhythm.stateOfFiling(september, filedAt), filedAt, true, 0);

        assertThat(ContractFixtures.written(Topics.REPORTING_COMPLIANCE, fact))
                .isEqualTo(ContractFixtures.tree(Golden.json(Topics.REPORTING_COMPLIANCE)));
    }

    @Test
    void theGoldenFactIsProjected() {
        ReportingComplianceChanged golden =
                ContractFixtures.readAs(Topics.REPORTING_COMPLIANCE, ReportingComplianceChanged.class);
        InMemoryComplianceRecords records = new InMemoryComplianceRecords();

        records.apply(List.of(golden));

        assertThat(records.find(List.of("330281-101|2026-09")))
                .containsValue(new ComplianceRecord(
                        "330281-101|2026-09", ComplianceState.LATE, Instant.parse("2026-10-09T01:30:00Z"), true, 0));
    }

    @Test
    void theGoldenContactListIsReadWithItsCountAndItsSealedBox() {
        ReportingContactsChanged golden =
                ContractFixtures.readAs(Topics.REPORTING_CONTACTS, ReportingContactsChanged.class);

        assertThat(golden.unitCode()).isEqualTo("330281-101");
        assertThat(golden.count()).isEqualTo(2);
        assertThat(golden.contacts().keyId()).isEqualTo("k2026");
    }
}
