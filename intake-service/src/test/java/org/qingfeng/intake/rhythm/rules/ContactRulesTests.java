package org.qingfeng.intake.rhythm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.qingfeng.intake.rhythm.rules.RhythmRulesFixtures.anyTownship;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

class ContactRulesTests {

    private final Predicate<String> units = code -> anyTownship().code().equals(code);

    @Test
    void keepsEachContactWithItsPhoneInDigitsAndItsAddressTrimmed() {
        ContactRules.Contacts checked = ContactRules.check(
                new ContactsDraft(
                        "330281-101",
                        List.of(
                                new ContactsDraft.Contact(" 纪检委员 ", "138 0000 0001", " t1@example.cn "),
                                new ContactsDraft.Contact("联络员", "0574-6321-0000", null),
                                new ContactsDraft.Contact("站长", "", "station@example.cn"))),
                units);

        assertThat(checked.unitCode()).isEqualTo(anyTownship().code());
        assertThat(checked.contacts())
                .containsExactly(
                        new ReportingContact("纪检委员", "13800000001", "t1@example.cn"),
                        new ReportingContact("联络员", "057463210000", null),
                        new ReportingContact("站长", null, "station@example.cn"));
    }

    @Test
    void anEmptyListClearsTheUnitsContacts() {
        assertThat(ContactRules.check(new ContactsDraft("330281-101", List.of()), units)
                        .contacts())
                .isEmpty();
    }

    @Test
    void namesEachBadFieldWithoutRepeatingWhatWasSent() {
        List<Violation> violations = violations(new ContactsDraft(
                "330281-101",
                Arrays.asList(
                        new ContactsDraft.Contact(null, "12345", "not-an-address"),
                        new ContactsDraft.Contact("联络员", null, " "),
                        null)));

        assertThat(violations)
                .containsExactly(
                        new Violation("contacts[0].role", "必填 / required"),
                        new Violation("contacts[0].phone", "不是有效的电话号码 / not a valid phone number"),
                        new Violation("contacts[0].email", "不是有效的电子邮箱 / not a valid e-mail address"),
                        new Violation("contacts[1]", "手机号码和电子邮箱至少填一项 / give a phone number or an e-mail address"),
                        new Violation("contacts[2]", "必填 / required"));
        assertThat(violations).extracting(Violation::message).noneMatch(m -> m.contains("12345"));
    }

    @Test
    void refusesAnUnknownUnitAndAMissingList() {
        assertThat(violations(new ContactsDraft("330281-999", null)))
                .extracting(Violation::field)
                .containsExactly("unitCode", "contacts");
    }

    @Test
    void refusesMoreContactsThanAUnitNeeds() {
        List<ContactsDraft.Contact> many = Collections.nCopies(
                ContactRules.MAX_CONTACTS + 1, new ContactsDraft.Contact("联络员", "13800000001", null));

        assertThat(violations(new ContactsDraft("330281-101", many)))
                .extracting(Violation::field)
                .containsExactly("contacts");
    }

    @Test
    void aContactPrintsNoPhoneOrAddress() {
        assertThat(new ReportingContact("纪检委员", "13800000001", "t1@example.cn").toString())
                .doesNotContain("13800000001")
                .doesNotContain("t1@example.cn");
    }

    private List<Violation> violations(ContactsDraft draft) {
        return catchThrowableOfType(RulesViolated.class, () -> ContactRules.check(draft, units))
                .violations();
    }
}
