package org.qingfeng.intake.informant.rules;

import org.jspecify.annotations.Nullable;

/**
 * Who an informant is, normalised. Held only in memory on its way into a sealed box: never logged,
 * never published readable.
 *
 * @param number the informant number the token is derived from, upper case
 * @param phone eleven digits, without country code or separators
 */
public record Identity(
        String number,
        String name,
        String phone,
        @Nullable String email,
        @Nullable String idNumber) {

    /** Never the values: a record's default toString would print them wherever it is logged. */
    @Override
    public String toString() {
        return "Identity[sealed]";
    }
}
