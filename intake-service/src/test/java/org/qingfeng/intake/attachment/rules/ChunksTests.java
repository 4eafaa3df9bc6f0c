package org.qingfeng.intake.attachment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunksTests {

    @Test
    void cutsIntoPiecesOfTheSizeButTheLastAndJoinsThemAgain() {
        byte[] content = new byte[1000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }

        List<byte[]> pieces = Chunks.split(content, 256);

        assertThat(pieces).extracting(p -> p.length).containsExactly(256, 256, 256, 232);
        assertThat(Chunks.join(pieces)).isEqualTo(content);
        assertThat(Chunks.split(new byte[256], 256)).hasSize(1);
        assertThat(Chunks.split(new byte[0], 256)).hasSize(1);
    }
}
