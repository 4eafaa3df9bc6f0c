package org.qingfeng.auth.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworkTreeTests {

    private final NetworkTree tree = new NetworkTree();

    @Test
    void aLineageRunsFromTheNodeUpToTheRoot() {
        tree.put("330281", null);
        tree.put("330281-101", "330281");
        tree.put("330281-101-01", "330281-101");

        assertThat(tree.lineage("330281-101-01")).containsExactly("330281-101-01", "330281-101", "330281");
        assertThat(tree.lineage("330281")).containsExactly("330281");
        assertThat(tree.lineage("999")).isEmpty();
    }

    @Test
    void aCycleInBadDataEnds() {
        tree.put("a", "b");
        tree.put("b", "a");

        assertThat(tree.lineage("a")).containsExactly("a", "b");
    }

    @Test
    void aTombstoneForgetsTheNode() {
        tree.put("330281", null);
        tree.remove("330281");

        assertThat(tree.isKnown("330281")).isFalse();
    }
}
