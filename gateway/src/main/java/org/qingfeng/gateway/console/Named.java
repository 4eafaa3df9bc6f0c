package org.qingfeng.gateway.console;

/**
 * A network code as the console shows it: the name a person reads, and the code beneath it when
 * the name is not simply the code again.
 */
public record Named(String name, String code) {

    /** Public, as the record's accessors are, for the template to call. */
    public boolean showsCode() {
        return !code.isEmpty() && !code.equals(name);
    }
}
