package org.qingfeng.intake.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.intake.submission.rules.SubmissionDraft;
import org.qingfeng.intake.web.PayloadTooLarge;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a submission body over {@code intake.max-submission-size}: at once when Content-Length
 * says so, and otherwise by reading no more than the limit, so a body without a length cannot
 * exhaust memory either.
 */
@ControllerAdvice
class SubmissionBodyLimit extends RequestBodyAdviceAdapter {

    private final DataSize limit;

    SubmissionBodyLimit(IntakeProperties properties) {
        this.limit = properties.maxSubmissionSize();
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == SubmissionDraft.class;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage message,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        if (message.getHeaders().getContentLength() > limit.toBytes()) {
            throw new PayloadTooLarge(limit);
        }
        byte[] body = message.getBody().readNBytes(Math.toIntExact(limit.toBytes()) + 1);
        if (body.length > limit.toBytes()) {
            throw new PayloadTooLarge(limit);
        }
        return new ReadBody(message.getHeaders(), body);
    }

    private record ReadBody(HttpHeaders headers, byte[] body) implements HttpInputMessage {

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }
    }
}
