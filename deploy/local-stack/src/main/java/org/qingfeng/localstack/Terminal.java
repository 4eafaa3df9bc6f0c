package org.qingfeng.localstack;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The console the stack prints to: UTF-8 whatever the locale, coloured only on a terminal. */
public final class Terminal {

    private static final PrintStream OUT =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    private Terminal() {}

    public static PrintStream out() {
        return OUT;
    }

    public static boolean colour() {
        return System.console() != null && System.getenv("NO_COLOR") == null;
    }
}
