package org.qingfeng.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.qingfeng.contracts.Golden;
import org.qingfeng.contracts.TopicSpec;
import org.qingfeng.contracts.Topics;

class WholeEventDeserializerTests {

    static final List<TopicSpec> topics = Topics.ALL;

    private final WholeEventDeserializer deserializer = new WholeEventDeserializer();

    @ParameterizedTest
    @FieldSource("topics")
    void readsEveryGoldenFileIncludingTheFieldsTheContractLetsBeNull(TopicSpec topic) {
        assertThat(deserializer.deserialize(topic.name(), Golden.bytes(topic))).isInstanceOf(topic.valueType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"itemId\"", "\"receiptDigest\"", "\"description\"", "\"urgency\""})
    void refusesASubmissionWithoutAFieldTheContractRequires(String field) {
        String golden = Golden.json(Topics.SUBMISSION_RECEIVED);
        String incomplete = golden.replace(field + ":", "\"ignored\":");

        assertThatThrownBy(() -> deserializer.deserialize(
                        Topics.SUBMISSION_RECEIVED.name(), incomplete.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining(field.replace("\"", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "[]", "{}"})
    void refusesWhatIsNotAnEvent(String value) {
        assertThatThrownBy(() ->
                        deserializer.deserialize(Topics.WARNING_ISSUED.name(), value.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class);
    }
}
