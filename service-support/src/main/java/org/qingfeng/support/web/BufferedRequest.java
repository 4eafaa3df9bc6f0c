package org.qingfeng.support.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.WebUtils;

/**
 * A request whose body was read once, whole, and is served again from memory to whoever reads it
 * next (the fingerprint of an idempotent request, then the controller). Only for bodies already
 * held to a small limit; Spring's {@code ContentCachingRequestWrapper} keeps only what the
 * controller happened to read, which is too late for a check made before it.
 */
public final class BufferedRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    private BufferedRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /**
     * The request with its body read, at most {@code limit} bytes; null when the body is longer
     * (the caller answers {@code 413}). A request already buffered is returned as it is.
     */
    public static @Nullable BufferedRequest read(HttpServletRequest request, long limit) throws IOException {
        BufferedRequest buffered = WebUtils.getNativeRequest(request, BufferedRequest.class);
        if (buffered != null) {
            return buffered.body.length > limit ? null : buffered;
        }
        byte[] body = request.getInputStream().readNBytes(Math.toIntExact(Math.min(limit, Integer.MAX_VALUE - 1)) + 1);
        return body.length > limit ? null : new BufferedRequest(request, body);
    }

    public byte[] body() {
        return body.clone();
    }

    @Override
    public ServletInputStream getInputStream() {
        return new Replay(new ByteArrayInputStream(body));
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    private static final class Replay extends ServletInputStream {

        private final ByteArrayInputStream in;

        Replay(ByteArrayInputStream in) {
            this.in = in;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("the body is already in memory");
        }
    }
}
