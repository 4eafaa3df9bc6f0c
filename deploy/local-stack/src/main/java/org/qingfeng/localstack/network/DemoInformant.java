package org.qingfeng.localstack.network;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A made-up informant of the demo county as {@code POST /api/informants} takes them. The names and
 * numbers are invented for the demo (the 138-0000 range is not assigned to subscribers); intake seals
 * them on arrival like any real identity.
 */
public record DemoInformant(
        String number,
        String name,
        String phone,
        @Nullable String email,
        @Nullable String idNumber,
        String homeNodeCode,
        String appointedByCode,
        String type,
        List<String> backgrounds,
        List<String> roles,
        LocalDate appointedOn) {}
