package org.qingfeng.localstack.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qingfeng.localstack.service.Ports;

class MongoStoreTests {

    @TempDir
    Path data;

    @Test
    void answersHelloAsSpringBootsHealthCheckAsksIt() {
        try (MongoStore store = MongoStore.inMemory(Ports.anyFree());
                MongoClient client = MongoClients.create(store.uri())) {
            Document hello = client.getDatabase("admin").runCommand(Document.parse("{ hello: 1 }"));

            assertThat(hello.getInteger("maxWireVersion")).isNotNull();
        }
    }

    @Test
    void keepsDocumentsInItsFileAcrossARestart() {
        Path file = data.resolve("mongo/qingfeng.mv");
        int port = Ports.anyFree();
        try (MongoStore store = MongoStore.onFile(file, port);
                MongoClient client = MongoClients.create(store.uri())) {
            client.getDatabase("intake-service").getCollection("items").insertOne(new Document("_id", "item-1"));
        }

        try (MongoStore store = MongoStore.onFile(file, port);
                MongoClient client = MongoClients.create(store.uri())) {
            assertThat(client.getDatabase("intake-service")
                            .getCollection("items")
                            .countDocuments())
                    .isEqualTo(1);
        }
    }
}
