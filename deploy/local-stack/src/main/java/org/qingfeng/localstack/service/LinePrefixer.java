package org.qingfeng.localstack.service;

/** Marks each line of a child's output with the child's name, in its colour on a terminal. */
record LinePrefixer(String name, int ansiColour, boolean colour) {

    private static final String RESET = "\u001B[0m";

    String prefix(String line) {
        String label = "[" + name + "]";
        if (!colour) {
            return label + " " + line;
        }
        return "\u001B[" + ansiColour + "m" + label + RESET + " " + line;
    }
}
