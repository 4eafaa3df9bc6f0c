package org.qingfeng.localstack.store;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/** The H2 file backend, answering {@code hello}. */
final class FileBackend extends H2Backend {

    FileBackend(String file) {
        super(file);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        return super.handleCommand(channel, database, HelloCommand.alias(command), query);
    }
}
