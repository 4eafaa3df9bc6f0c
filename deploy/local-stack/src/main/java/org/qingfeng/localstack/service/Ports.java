package org.qingfeng.localstack.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Which local ports can be listened on. */
public final class Ports {

    private Ports() {}

    /**
     * Whether nothing listens on {@code port}, on loopback or on every address. Connections of a
     * stack that just stopped (TIME_WAIT) do not count: the servers reuse the address as well.
     */
    public static boolean isFree(int port) {
        return canListen(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                && canListen(new InetSocketAddress(port));
    }

    private static boolean canListen(InetSocketAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(address);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port the system considers free right now. */
    public static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
