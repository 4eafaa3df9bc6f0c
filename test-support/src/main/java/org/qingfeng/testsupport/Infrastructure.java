package org.qingfeng.testsupport;

/** A running broker and store. */
interface Infrastructure extends AutoCloseable {

    String mode();

    String kafkaBootstrapServers();

    String mongoUri();

    @Override
    void close();
}
