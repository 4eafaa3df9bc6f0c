package org.qingfeng.analysis.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qingfeng.contracts.analysis.TriageDecision;

/** What makes an item adopted: the triage decision first, then disposal's warning or verified outcome. */
class ItemFactsTests {

    @ParameterizedTest(name = "decision {0}, warned {1}, verified {2} → adopted {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "-, false, false, false",
                "-, false, true, true",
                "-, true, false, true",
                "ACCEPTED, false, false, true",
                "LINKED, false, true, true",
                "DUPLICATE, false, true, false",
                "UNFOUNDED, false, true, false",
                "MALICIOUS, true, true, false"
            })
    void aVerifiedItemCountsAsAdoptedUnlessTheStationFoundItUntrueOrARepeat(
            @Nullable TriageDecision decision, boolean warned, boolean verified, boolean adopted) {
        ItemFacts item = new ItemFacts(
                UUID.randomUUID(),
                "inf-AAAAAAAAAAAAAAAAAAAAAAAAAA",
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 1),
                decision,
                warned,
                verified);

        assertThat(item.adopted()).isEqualTo(adopted);
    }
}
