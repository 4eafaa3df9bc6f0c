package org.qingfeng.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.intake.web.PayloadTooLarge;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.util.unit.DataSize;

class SubmissionBodyLimitTests {

    private final SubmissionBodyLimit limit = new SubmissionBodyLimit(new IntakeProperties(
            List.of(), DataSize.ofBytes(100), "key", 20000, Duration.ofSeconds(5), Duration.ofSeconds(10), null));

    @Test
    void stopsReadingABodyWithoutContentLengthAsSoonAsItPassesTheLimit() {
        CountingStream endless = new CountingStream();

        assertThatThrownBy(() -> limit.beforeBodyRead(message(endless, -1), null, null, null))
                .isInstanceOf(PayloadTooLarge.class);
        assertThat(endless.read).isEqualTo(101);
    }

    @Test
    void refusesADeclaredLengthOverTheLimitWithoutReadingAnything() {
        CountingStream endless = new CountingStream();

        assertThatThrownBy(() -> limit.beforeBodyRead(message(endless, 101), null, null, null))
                .isInstanceOf(PayloadTooLarge.class);
        assertThat(endless.read).isZero();
    }

    @Test
    void passesABodyUpToTheLimitOnUnchanged() throws IOException {
        byte[] body = new byte[100];

        HttpInputMessage read = limit.beforeBodyRead(message(new ByteArrayInputStream(body), -1), null, null, null);

        assertThat(read.getBody().readAllBytes()).isEqualTo(body);
    }

    private static HttpInputMessage message(InputStream body, long contentLength) {
        HttpHeaders headers = new HttpHeaders();
        if (contentLength >= 0) {
            headers.setContentLength(contentLength);
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return body;
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    private static final class CountingStream extends InputStream {

        private long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }
    }
}
