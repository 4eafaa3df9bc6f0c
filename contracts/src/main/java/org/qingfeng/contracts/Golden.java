package org.qingfeng.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The golden JSON file of each event version: the contract. The producer's tests compare their
 * output with it; each consumer's tests read it.
 */
public final class Golden {

    private Golden() {}

    /** The golden JSON of a topic's event, such as {@code Golden.json(Topics.ITEM_SUBMITTED)}. */
    public static String json(TopicSpec topic) {
        String path = "/contracts/" + topic.name() + ".json";
        try (InputStream in = Golden.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no golden file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(TopicSpec topic) {
        return json(topic).getBytes(StandardCharsets.UTF_8);
    }
}
