package org.qingfeng.gateway.console.informant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the console reads of intake's {@code GET /api/informants?node=}. There is no field for a
 * name, number, phone, e-mail or identity number: whatever a service sent, the console cannot
 * hold an identity, so it cannot show one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Roster(List<Listed> informants) {

    Roster {
        informants = informants == null
                ? List.of()
                : informants.stream().filter(Objects::nonNull).toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Listed(
            String informantToken,
            @Nullable String homeNodeCode,
            @Nullable String appointedByCode,
            @Nullable String type,
            @Nullable List<String> backgrounds,
            @Nullable List<String> roles,
            @Nullable String status,
            @Nullable String appointedOn,
            int training,
            @Nullable String lastTrainingOn,
            boolean rotationDue,
            int contacts,
            @Nullable String lastContactOn) {

        Listed {
            informantToken = Objects.toString(informantToken, "");
            backgrounds = backgrounds == null ? List.of() : List.copyOf(backgrounds);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }
}
