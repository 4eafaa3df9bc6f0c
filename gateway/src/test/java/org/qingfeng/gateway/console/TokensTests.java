package org.qingfeng.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTests {

    @Test
    void keepsThePrefixAndTheFirstAndLastFourCharacters() {
        assertThat(Tokens.shorten("inf-8M3QZ1K7VX0T4N2C9R5B6H8D1F")).isEqualTo("inf-8M3Q…8D1F");
    }

    @Test
    void leavesAShortValueAsItIs() {
        assertThat(Tokens.shorten("inf-ABC")).isEqualTo("inf-ABC");
        assertThat(Tokens.shorten("")).isEmpty();
    }
}
