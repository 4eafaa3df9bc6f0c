package org.qingfeng.localstack.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.localstack.api.GatewayClient;
import tools.jackson.databind.JsonNode;

/**
 * An informant whose identity is unmistakable, planted through every path an identity takes: the
 * appointment, an item submitted as them, a contact whose note repeats their phone number, a
 * suspension and its reason. Only intake's sealed boxes may hold it afterwards.
 */
record Canary(String token, UUID itemId, Map<String, String> identity) {

    private static final String NUMBER = "330281-CANARY-0001";
    private static final String NAME = "金丝雀测";
    private static final String PHONE = "13912345678";
    private static final String EMAIL = "canary.qingfeng@example.invalid";
    private static final String ID_NUMBER = withCheckDigit("33028119800101123");

    /** {@code gateway} acts as the township 330281-101, which appoints its villages' informants. */
    static Canary planted(GatewayClient gateway) {
        Map<String, Object> appointment = new LinkedHashMap<>();
        appointment.put("number", NUMBER);
        appointment.put("name", NAME);
        appointment.put("phone", PHONE);
        appointment.put("email", EMAIL);
        appointment.put("idNumber", ID_NUMBER);
        appointment.put("homeNodeCode", "330281-101-001");
        appointment.put("appointedByCode", "330281-101");
        appointment.put("type", "REGULAR");
        appointment.put("backgrounds", List.of());
        appointment.put("roles", List.of("INTEGRITY"));
        appointment.put("appointedOn", "2026-03-01");
        String token = read(created(gateway.postJson("/api/informants", appointment), 201))
                .path("informantToken")
                .asString();

        Map<String, Object> item = new LinkedHashMap<>();
        item.put("regionCode", "330281-101-001");
        item.put("unitCode", "330281-D03");
        item.put("subjectArea", "work-style");
        // Immediate, so that disposal opens a case at once and every service has handled the item.
        item.put("urgency", "IMMEDIATE");
        item.put("submitterKind", "INFORMANT");
        item.put("informantToken", token);
        item.put("description", "村里修路工程款发放不公开，群众有意见。");
        UUID itemId = UUID.fromString(read(created(gateway.postJson("/api/items", item), 202))
                .path("itemId")
                .asString());

        created(
                gateway.postJson(
                        "/api/informants/contacts",
                        Map.of("informantToken", token, "on", "2026-06-03", "way", "PHONE", "note", "回访电话 " + PHONE)),
                202);
        created(
                gateway.postJson(
                        "/api/informants/status",
                        Map.of("informantToken", token, "status", "SUSPENDED", "reason", "应本人 " + NAME + " 请求暂停")),
                202);
        return new Canary(
                token,
                itemId,
                Map.of("number", NUMBER, "name", NAME, "phone", PHONE, "e-mail", EMAIL, "id number", ID_NUMBER));
    }

    /** What of the identity {@code text} contains in plain text, by name of the field. */
    List<String> foundIn(String text) {
        return identity.entrySet().stream()
                .filter(e -> text.contains(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static HttpResponse<String> created(HttpResponse<String> response, int expected) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return response;
    }

    private static JsonNode read(HttpResponse<String> response) {
        return EventJson.mapper().readTree(response.body());
    }

    /** GB 11643: the 18th character from the weighted sum of the first 17 digits. */
    private static String withCheckDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
