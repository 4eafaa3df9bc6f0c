package org.qingfeng.disposal.attachment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunksTests {

    @Test
    void cutsAFileIntoPiecesOfTheChunkSizeAndPutsItTogetherAgain() {
        byte[] file = new byte[600 * 1024];
        new Random(7).nextBytes(file);

        List<byte[]> pieces = Chunks.split(file, 256 * 1024);

        assertThat(pieces).extracting(p -> p.length).containsExactly(262_144, 262_144, 90_112);
        assertThat(Chunks.join(pieces, file.length, Chunks.sha256(file))).hasValue(file);
    }

    @Test
    void refusesPiecesWhoseDigestIsNotTheUploadedOne() {
        byte[] file = "%PDF-1.4 整改报告".getBytes(StandardCharsets.UTF_8);
        List<byte[]> pieces = new ArrayList<>(Chunks.split(file, 4));
        byte[] tampered = pieces.get(1).clone();
        tampered[0] ^= 1;
        pieces.set(1, tampered);

        assertThat(Chunks.join(pieces, file.length, Chunks.sha256(file))).isEmpty();
    }

    @Test
    void refusesAFileWithAPieceMissing() {
        byte[] file = new byte[10];
        List<byte[]> pieces = Chunks.split(file, 4);

        assertThat(Chunks.join(pieces.subList(0, 2), file.length, Chunks.sha256(file)))
                .isEmpty();
    }

    @Test
    void digestsAsLowerCaseHexOfSha256() {
        assertThat(Chunks.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void keepsAnEmptyFileAsOneEmptyPiece() {
        assertThat(Chunks.split(new byte[0], 4)).singleElement().satisfies(p -> assertThat(p)
                .isEmpty());
    }
}
