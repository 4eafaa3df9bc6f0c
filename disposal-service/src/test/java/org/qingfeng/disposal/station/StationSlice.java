package org.qingfeng.disposal.station;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.qingfeng.disposal.network.NodeDirectory;
import org.qingfeng.disposal.network.rules.NetworkNode;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What the station's web slices need besides the service's security ({@code WebSlice}): the
 * station's reading of the cases, a fixed clock and a directory that knows no names. The cases
 * seams themselves come from {@link FakeCases.Wiring}, which only the slices that want cases import
 * (not nested here: a configuration's nested configurations are always registered with it).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(StationCases.class)
class StationSlice {

    @Bean
    Clock fixedClock() {
        return Clock.fixed(CaseFixtures.NOW, ZoneOffset.UTC);
    }

    @Bean
    NodeDirectory namelessDirectory() {
        return new NodeDirectory() {
            @Override
            public Optional<NetworkNode> node(String code) {
                return Optional.empty();
            }

            @Override
            public Optional<NetworkNode> stationOf(String code) {
                return Optional.empty();
            }
        };
    }
}
