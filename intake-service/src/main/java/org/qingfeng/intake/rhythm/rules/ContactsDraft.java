package org.qingfeng.intake.rhythm.rules;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A unit's reminder recipients as sent: the whole list, replacing the one before; empty clears it. */
public record ContactsDraft(
        @Nullable String unitCode, @Nullable List<@Nullable Contact> contacts) {

    public record Contact(
            @Nullable String role,
            @Nullable String phone,
            @Nullable String email) {

        @Override
        public String toString() {
            return "Contact[role=" + role + "]";
        }
    }
}
