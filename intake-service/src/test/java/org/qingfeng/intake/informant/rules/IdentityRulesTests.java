package org.qingfeng.intake.informant.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.intake.InformantFixtures;
import org.qingfeng.intake.rules.Violation;

class IdentityRulesTests {

    private final List<Violation> out = new ArrayList<>();

    @Test
    void foldsFullWidthDigitsSpacesAndTheCountryCodeOfAMobileNumber() {
        Identity identity = IdentityRules.check(
                "ｔ-0001", " 王 伟 ", "+86 １３９ 1234 5678", "wang@example.org", "11010519491231002x", out);

        assertThat(out).isEmpty();
        assertThat(identity).isNotNull();
        assertThat(identity.phone()).isEqualTo("13912345678");
        assertThat(identity.number()).isEqualTo("T-0001");
        assertThat(identity.idNumber()).isEqualTo("11010519491231002X");
    }

    @Test
    void namesEveryBadFieldWithoutEchoingTheValues() {
        Identity identity = IdentityRules.check("", "王", "12812345678", "not-an-address", "110105194912310021", out);

        assertThat(identity).isNull();
        assertThat(out).extracting(Violation::field).containsExactly("number", "name", "phone", "email", "idNumber");
        assertThat(out)
                .extracting(Violation::message)
                .noneMatch(m -> m.contains("12812345678") || m.contains("not-an-address"));
    }

    @Test
    void nameIsTwoToTwentyLettersWithoutDigits() {
        assertThat(IdentityRules.check("A1", "买买提·艾力", "13900000000", null, null, out))
                .isNotNull();
        assertThat(IdentityRules.check("A1", "王伟2", "13900000000", null, null, out))
                .isNull();
        assertThat(IdentityRules.check("A1", "王".repeat(21), "13900000000", null, null, out))
                .isNull();
        assertThat(out).extracting(Violation::field).containsExactly("name", "name");
    }

    @Test
    void anEmailAndAnIdNumberAreOptional() {
        Identity identity = IdentityRules.check("A1", "王伟", "13900000000", " ", null, out);

        assertThat(identity).isNotNull();
        assertThat(identity.email()).isNull();
        assertThat(identity.idNumber()).isNull();
        assertThat(IdentityRules.check("A1", "王伟", "13900000000", null, InformantFixtures.VALID_ID_NUMBER, out))
                .isNotNull();
    }

    @Test
    void identityNeverPrintsItsValues() {
        Identity identity = new Identity("A1", "王伟", "13900000000", "w@example.org", null);

        assertThat(identity.toString()).doesNotContain("王伟", "13900000000", "A1", "example");
    }
}
