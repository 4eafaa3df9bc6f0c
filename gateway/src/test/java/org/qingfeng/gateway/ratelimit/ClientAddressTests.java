package org.qingfeng.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTests {

    private final ClientAddress addresses = new ClientAddress(List.of("10.0.0.2", "10.0.0.3"));

    @Test
    void ignoresForwardedForFromAPeerThatIsNotATrustedProxy() {
        assertThat(addresses.of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void takesTheRightMostUntrustedHopBehindTrustedProxies() {
        assertThat(addresses.of("10.0.0.2", "1.1.1.1, 198.51.100.7, 10.0.0.3")).isEqualTo("198.51.100.7");
    }

    @Test
    void fallsBackToThePeerWithoutAForwardedFor() {
        assertThat(addresses.of("10.0.0.2", null)).isEqualTo("10.0.0.2");
        assertThat(addresses.of(null, null)).isEqualTo("unknown");
    }
}
