package org.qingfeng.intake.rhythm.rules;

import org.jspecify.annotations.Nullable;

/**
 * Someone at a reporting unit who receives its reminders. Personal data: it exists in plain only
 * while a request is checked and while a reminder is sent, and is otherwise sealed.
 *
 * @param role the post, such as 纪检委员
 * @param phone for SMS, digits only (with {@code +86} when given so)
 * @param email for e-mail
 */
public record ReportingContact(
        String role, @Nullable String phone, @Nullable String email) {

    /** Never the phone number or the address: a contact may end up in a log line by accident. */
    @Override
    public String toString() {
        return "ReportingContact[role=" + role + "]";
    }
}
