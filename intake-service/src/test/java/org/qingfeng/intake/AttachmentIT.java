package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.AttachmentChunk;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files through the multipart form of {@code POST /api/items}: checked by their content, stripped,
 * sealed in chunks on the real broker, and served only to staff in scope, put together again.
 */
class AttachmentIT extends IntakeIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PHOTO_NAME = "王小明家门口.jpg";
    private static final String PDF_NAME = "举报材料-李四.pdf";

    @BeforeEach
    void loadTheNetwork() {
        http.put()
                .uri("/api/network/nodes")
                .contentType(MediaType.APPLICATION_JSON)
                .body(NetworkFixtures.asDrafts(NetworkFixtures.anyNetwork()))
                .exchange()
                .expectStatus()
                .isAccepted();
    }

    @Test
    void filesAreSealedOnTheTopicAndServedStrippedToStaffInScopeOnly() throws IOException {
        MultiValueMap<String, Object> parts = itemPart();
        parts.add("files", file(PHOTO_NAME, MediaType.IMAGE_JPEG, AttachmentFixtures.jpegWithExif()));
        parts.add("files", file(PDF_NAME, MediaType.APPLICATION_PDF, AttachmentFixtures.pdf()));

        String itemId = submit(anonymous(), parts)
                .expectStatus()
                .isAccepted()
                .expectHeader()
                .cacheControl(org.springframework.http.CacheControl.noStore())
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("itemId")
                .asString();

        List<ConsumerRecord<String, byte[]>> chunks = chunksOf(itemId);
        assertThat(chunks).hasSize(2);
        for (ConsumerRecord<String, byte[]> chunk : chunks) {
            String raw = new String(chunk.value(), StandardCharsets.UTF_8);
            assertThat(raw).doesNotContain(AttachmentFixtures.CANARY, "Exif", "%PDF", "王小明", "李四");
        }
        assertThat(new String(TestKafka.awaitRecord(Topics.SUBMISSION_RECEIVED.name(), itemId), StandardCharsets.UTF_8))
                .doesNotContain("王小明", "李四", AttachmentFixtures.CANARY);

        JsonNode listed = await().atMost(PATIENCE).until(() -> listing(http, itemId), l -> l != null);
        assertThat(listed.get("attachments")).hasSize(2);
        JsonNode photo = listed.get("attachments").get(0);
        assertThat(photo.get("fileName").asString())
                .as("the name sent stays sealed")
                .isEqualTo("附件1.jpg");
        assertThat(listed.toString()).doesNotContain("王小明", "李四");
        assertThat(photo.get("mediaType").asString()).isEqualTo("image/jpeg");
        assertThat(photo.get("size").asLong()).isEqualTo(AttachmentFixtures.plainJpeg().length);
        String photoId = photo.get("attachmentId").asString();
        String pdfId = listed.get("attachments").get(1).get("attachmentId").asString();

        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> download(http, itemId, photoId).expectStatus().isOk());
        byte[] served = download(http, itemId, photoId)
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.IMAGE_JPEG)
                .expectHeader()
                .valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''%E9%99%84%E4%BB%B61.jpg")
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("CANARY", "Exif");
        assertThat(served).isEqualTo(AttachmentFixtures.plainJpeg());
        assertThat(ImageIO.read(new ByteArrayInputStream(served))).isNotNull();

        RestTestClient township = as(TestTokens.bearer(NetworkFixtures.TOWNSHIP, "TOWNSHIP_STAFF"));
        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> download(township, itemId, pdfId).expectStatus().isOk());
        download(township, itemId, pdfId)
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class)
                .isEqualTo(AttachmentFixtures.pdf());
        assertThat(TestKafka.readAll(Topics.AUDIT_RECORDED.name()))
                .anySatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                        .contains(itemId, "attachment " + pdfId));

        download(anonymous(), itemId, photoId).expectStatus().isUnauthorized();
        anonymous()
                .get()
                .uri("/api/items/" + itemId + "/attachments")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        RestTestClient elsewhere = as(TestTokens.bearer(NetworkFixtures.CITY_UNIT, "TOWNSHIP_STAFF"));
        download(elsewhere, itemId, photoId).expectStatus().isNotFound();
        elsewhere
                .get()
                .uri("/api/items/" + itemId + "/attachments")
                .exchange()
                .expectStatus()
                .isNotFound();
        download(as(TestTokens.bearer(NetworkFixtures.COUNTY, "INFORMANT")), itemId, photoId)
                .expectStatus()
                .isForbidden();
        download(http, itemId, UUID.randomUUID().toString()).expectStatus().isNotFound();
    }

    @Test
    void anExecutableNamedAsAPhotoIsRefusedByItsPosition() {
        MultiValueMap<String, Object> parts = itemPart();
        parts.add("files", file("ok.pdf", MediaType.APPLICATION_PDF, AttachmentFixtures.pdf()));
        parts.add("files", file("photo.jpg", MediaType.IMAGE_JPEG, AttachmentFixtures.windowsExecutable()));

        submit(anonymous(), parts)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(1)
                .jsonPath("$.errors[0].field")
                .isEqualTo("attachments[1]")
                .jsonPath("$.errors[0].message")
                .isEqualTo("不接收程序或脚本 / programs and scripts are not accepted");
    }

    @Test
    void moreFilesThanAllowedAreRefused() {
        MultiValueMap<String, Object> parts = itemPart();
        Collections.nCopies(6, AttachmentFixtures.pdf())
                .forEach(pdf -> parts.add("files", file("a.pdf", MediaType.APPLICATION_PDF, pdf)));

        submit(anonymous(), parts)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("attachments")
                .jsonPath("$.errors[0].message")
                .isEqualTo("附件不能超过 5 个 / at most 5 files");
    }

    @Test
    void theItemMayBeAPlainFormFieldAndARetryLandsOnTheSameItem() {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("item", JsonMapper.shared().writeValueAsString(SubmissionFixtures.anySubmissionDraft()));
        parts.add("files", file("a.png", MediaType.IMAGE_PNG, AttachmentFixtures.pngWithText()));
        String key = "attachment-retry-" + UUID.randomUUID();

        String first = submitted(parts, key);
        String again = submitted(parts, key);

        assertThat(again).isEqualTo(first);
        assertThat(chunksOf(first))
                .as("the retry writes the same chunk again, which the projection replaces")
                .extracting(r -> TestKafka.value(r, AttachmentChunk.class).eventId())
                .hasSize(2)
                .containsOnly(TestKafka.value(chunksOf(first).get(0), AttachmentChunk.class)
                        .eventId());
    }

    @Test
    void anItemPartThatIsNotASubmissionIsRefused() {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("item", "{\"regionCode\": [");
        submit(anonymous(), parts).expectStatus().isBadRequest();
        submit(
                        anonymous(),
                        new LinkedMultiValueMap<>(java.util.Map.of(
                                "files", List.of(file("a.pdf", MediaType.APPLICATION_PDF, AttachmentFixtures.pdf())))))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("item");
    }

    private String submitted(MultiValueMap<String, Object> parts, String key) {
        return anonymous()
                .post()
                .uri("/api/items")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .header("Idempotency-Key", key)
                .body(parts)
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("itemId")
                .asString();
    }

    private static RestTestClient.ResponseSpec submit(RestTestClient client, MultiValueMap<String, Object> parts) {
        return client.post()
                .uri("/api/items")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange();
    }

    private static MultiValueMap<String, Object> itemPart() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add(
                "item",
                new HttpEntity<>(
                        JsonMapper.shared().writeValueAsString(SubmissionFixtures.anySubmissionDraft()), json));
        return parts;
    }

    private static HttpEntity<ByteArrayResource> file(String name, MediaType type, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return new HttpEntity<>(
                new ByteArrayResource(content) {
                    @Override
                    public String getFilename() {
                        return name;
                    }
                },
                headers);
    }

    private static List<ConsumerRecord<String, byte[]>> chunksOf(String itemId) {
        return TestKafka.readAll(Topics.ATTACHMENT_CHUNKS.name()).stream()
                .filter(r -> TestKafka.value(r, AttachmentChunk.class)
                        .itemId()
                        .toString()
                        .equals(itemId))
                .toList();
    }

    /** The listing, or null while the item is not projected yet. */
    private static JsonNode listing(RestTestClient client, String itemId) {
        var result = client.get()
                .uri("/api/items/" + itemId + "/attachments")
                .exchange()
                .returnResult(JsonNode.class);
        return result.getStatus().is2xxSuccessful() ? result.getResponseBody() : null;
    }

    private static RestTestClient.ResponseSpec download(RestTestClient client, String itemId, String attachmentId) {
        return client.get()
                .uri("/api/items/" + itemId + "/attachments/" + attachmentId)
                .exchange();
    }
}
