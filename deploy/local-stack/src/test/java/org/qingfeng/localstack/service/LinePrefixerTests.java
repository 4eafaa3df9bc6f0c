package org.qingfeng.localstack.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinePrefixerTests {

    @Test
    void prefixesEachLineWithTheServiceNameWhenNotOnATerminal() {
        LinePrefixer prefixer = new LinePrefixer("intake-service", 36, false);

        assertThat(prefixer.prefix("Started in 4.2 s")).isEqualTo("[intake-service] Started in 4.2 s");
    }

    @Test
    void coloursOnlyThePrefixOnATerminal() {
        LinePrefixer prefixer = new LinePrefixer("gateway", 32, true);

        assertThat(prefixer.prefix("ready")).isEqualTo("\u001B[32m[gateway]\u001B[0m ready");
    }

    @Test
    void keepsAnEmptyLineAsAPrefixedLine() {
        assertThat(new LinePrefixer("analysis-service", 35, false).prefix("")).isEqualTo("[analysis-service] ");
    }
}
