package org.qingfeng.support.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.testsupport.TestInfrastructure;

class NewerOnlyIT {

    private final MongoClient client = MongoClients.create(TestInfrastructure.mongoUri());
    private final MongoCollection<Document> collection =
            client.getDatabase("newer-only-" + UUID.randomUUID()).getCollection("things");

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void keepsTheHighestVersionWhateverTheOrderAndCountsOnlyWhatItWrote() {
        assertThat(NewerOnly.replace(collection, List.of(thing("a", 2, "second"), thing("b", 1, "first")), "version"))
                .isEqualTo(2);

        int written = NewerOnly.replace(
                collection,
                List.of(thing("a", 1, "stale"), thing("b", 3, "third"), thing("b", 2, "older in the batch")),
                "version");

        assertThat(written).isEqualTo(1);
        assertThat(label("a")).isEqualTo("second");
        assertThat(label("b")).isEqualTo("third");
        assertThat(NewerOnly.replace(collection, List.of(thing("a", 2, "replayed")), "version"))
                .isZero();
        assertThat(label("a")).isEqualTo("second");
    }

    private String label(String id) {
        Document stored = collection.find(new Document("_id", id)).first();
        assertThat(stored).isNotNull();
        return stored.getString("label");
    }

    private static Document thing(String id, long version, String label) {
        return new Document("_id", id).append("version", version).append("label", label);
    }
}
