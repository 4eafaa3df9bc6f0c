package org.qingfeng.intake.rhythm.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qingfeng.contracts.intake.ComplianceState;

class ComplianceRankTests {

    @ParameterizedTest(name = "{0} over {1}: {2}")
    @CsvSource(
            nullValues = "none",
            value = {
                "MISSING, none, true",
                "LATE, MISSING, true",
                "ON_TIME, MISSING, true",
                "MISSING, ON_TIME, false",
                "MISSING, LATE, false",
                "LATE, ON_TIME, false",
                "ON_TIME, ON_TIME, false",
                "MISSING, MISSING, false",
                "LATE, LATE, false",
            })
    void aReportReplacesAMissingFlagAndNothingReplacesAnOnTimeReport(
            ComplianceState incoming, ComplianceState recorded, boolean replaces) {
        assertThat(ComplianceRank.replaces(incoming, recorded)).isEqualTo(replaces);
    }
}
