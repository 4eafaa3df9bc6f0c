package org.qingfeng.localstack.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Mongo wire server on 127.0.0.1. The H2 file keeps data across a clean stop; it loses about
 * the last second of acknowledged writes on {@code kill -9}, which the services' design tolerates.
 */
public final class MongoStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoStore.class);

    private final MongoServer server;
    private final int port;

    private MongoStore(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** A store kept in {@code file} (an H2 MVStore such as {@code data/mongo/qingfeng.mv}). */
    public static MongoStore onFile(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the folder of " + file, e);
        }
        MongoStore store = start(new FileBackend(file.toAbsolutePath().toString()), port);
        log.info("Mongo wire server up on 127.0.0.1:{}, data in {}", port, file);
        return store;
    }

    /** A store that keeps nothing after it stops. */
    public static MongoStore inMemory(int port) {
        MongoStore store = start(new InMemoryBackend(), port);
        log.info("Mongo wire server up on 127.0.0.1:{}, in memory", port);
        return store;
    }

    public String uri() {
        return "mongodb://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        log.info("Mongo wire server stopped");
    }

    private static MongoStore start(MongoBackend backend, int port) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        return new MongoStore(server, port);
    }
}
