package org.qingfeng.gateway.console;

/** How many warnings of one colour of the four-colour ladder. */
record ColourCount(String colour, long count) {}
