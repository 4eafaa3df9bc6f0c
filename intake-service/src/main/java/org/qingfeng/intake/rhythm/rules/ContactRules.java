package org.qingfeng.intake.rhythm.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

/**
 * What makes a list of reminder recipients acceptable: an active node that holds contacts (a
 * reporting unit, reminded of its reports, or a department, reminded of the disposal cases sent to
 * it), and for each
 * recipient a role and a phone number or an e-mail address that look like one. Messages never repeat
 * what was sent.
 */
public final class ContactRules {

    static final int MAX_CONTACTS = 20;
    static final int MAX_ROLE = 40;
    private static final String REQUIRED = "必填 / required";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s()-]");
    /** A mainland mobile number, or a landline with its area code. */
    private static final Pattern PHONE = Pattern.compile("(\\+?86)?1[3-9]\\d{9}|0\\d{9,11}");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final int MAX_EMAIL = 254;

    /** A node and its checked recipients. */
    public record Contacts(String unitCode, List<ReportingContact> contacts) {

        public Contacts {
            contacts = List.copyOf(contacts);
        }
    }

    private ContactRules() {}

    /** The checked list; {@code holders} tells whether a code is an active node that may hold contacts. */
    public static Contacts check(ContactsDraft draft, Predicate<String> holders) {
        List<Violation> violations = new ArrayList<>();
        String unitCode = draft.unitCode();
        if (unitCode == null || unitCode.isBlank()) {
            violations.add(new Violation("unitCode", REQUIRED));
        } else if (!holders.test(unitCode)) {
            violations.add(new Violation(
                    "unitCode",
                    "不是在用的乡镇、市直单位、监测点或部门 / not an active township, city unit, monitoring point or department"));
        }
        List<ReportingContact> contacts = contacts(draft.contacts(), violations);
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        return new Contacts(Objects.requireNonNull(unitCode), contacts);
    }

    private static List<ReportingContact> contacts(
            @Nullable List<ContactsDraft.@Nullable Contact> sent, List<Violation> out) {
        if (sent == null) {
            out.add(new Violation("contacts", REQUIRED));
            return List.of();
        }
        if (sent.size() > MAX_CONTACTS) {
            out.add(new Violation("contacts", "最多 " + MAX_CONTACTS + " 人 / at most " + MAX_CONTACTS + " contacts"));
            return List.of();
        }
        List<ReportingContact> contacts = new ArrayList<>();
        for (int index = 0; index < sent.size(); index++) {
            contact(sent.get(index), "contacts[" + index + "]", out).ifPresent(contacts::add);
        }
        return contacts;
    }

    private static Optional<ReportingContact> contact(
            ContactsDraft.@Nullable Contact sent, String field, List<Violation> out) {
        if (sent == null) {
            out.add(new Violation(field, REQUIRED));
            return Optional.empty();
        }
        int before = out.size();
        String role = sent.role() == null ? "" : sent.role().strip();
        if (role.isEmpty()) {
            out.add(new Violation(field + ".role", REQUIRED));
        } else if (role.length() > MAX_ROLE) {
            out.add(new Violation(field + ".role", "最多 " + MAX_ROLE + " 字 / at most " + MAX_ROLE + " characters"));
        }
        String phone = blankToNull(
                sent.phone() == null ? null : SEPARATORS.matcher(sent.phone()).replaceAll(""));
        String email = blankToNull(sent.email() == null ? null : sent.email().strip());
        if (phone == null && email == null) {
            out.add(new Violation(field, "手机号码和电子邮箱至少填一项 / give a phone number or an e-mail address"));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            out.add(new Violation(field + ".phone", "不是有效的电话号码 / not a valid phone number"));
        }
        if (email != null
                && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            out.add(new Violation(field + ".email", "不是有效的电子邮箱 / not a valid e-mail address"));
        }
        return out.size() == before ? Optional.of(new ReportingContact(role, phone, email)) : Optional.empty();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
