package org.qingfeng.intake.informant.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qingfeng.intake.InformantFixtures;

class ResidentIdNumberTests {

    /** The example printed in GB 11643-1999 itself. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void acceptsTheStandardsOwnExampleWithItsXCheckCharacter() {
        assertThat(ResidentIdNumber.isValid(STANDARD_EXAMPLE)).isTrue();
        assertThat(ResidentIdNumber.isValid(InformantFixtures.VALID_ID_NUMBER)).isTrue();
    }

    @Test
    void refusesEveryOtherCheckCharacter() {
        String body = STANDARD_EXAMPLE.substring(0, 17);
        for (char check : "0123456789".toCharArray()) {
            assertThat(ResidentIdNumber.isValid(body + check))
                    .as("check %s", check)
                    .isFalse();
        }
    }

    @Test
    void refusesAChangedDigitEvenWithTheOldCheckCharacter() {
        assertThat(ResidentIdNumber.isValid("11010519491231003X")).isFalse();
    }

    @Test
    void refusesAnImpossibleBirthDateAndTheWrongShape() {
        String bornOnFebruary30 = "11010519490230002";
        assertThat(ResidentIdNumber.isValid(bornOnFebruary30 + ResidentIdNumber.checkCharacter(bornOnFebruary30)))
                .isFalse();
        assertThat(ResidentIdNumber.isValid("110105194912310")).isFalse();
        assertThat(ResidentIdNumber.isValid("11010519491231002x")).isFalse();
    }
}
