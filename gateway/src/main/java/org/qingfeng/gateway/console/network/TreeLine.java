package org.qingfeng.gateway.console.network;

/** One node in the tree as the page lists it: indented by its depth below the branch shown. */
record TreeLine(int depth, RegistryNode node) {

    /** Deeper levels than a county's six share the last indent. */
    static final int DEEPEST_INDENT = 6;

    /** The CSS class of the indent, public for the template (inline styles are not allowed). */
    public String indent() {
        return "depth-" + Math.min(depth, DEEPEST_INDENT);
    }
}
