package org.qingfeng.testsupport;

/** Stopped with the JVM: the broker test kit and Testcontainers' reaper clean up after it. */
interface Infrastructure {

    String mode();

    String kafkaBootstrapServers();

    String mongoUri();
}
