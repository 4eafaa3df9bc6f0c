package org.qingfeng.localstack.store;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/** The memory backend, answering {@code hello}. */
final class InMemoryBackend extends MemoryBackend {

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        return super.handleCommand(channel, database, HelloCommand.alias(command), query);
    }
}
