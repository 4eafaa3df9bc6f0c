package org.qingfeng.support.web.idempotency;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;

/**
 * The answer to the first request with a key, as it is replayed to a retry: its status, the few
 * headers worth repeating and its body.
 */
record StoredAnswer(int status, Map<String, List<String>> headers, byte[] body) {

    /** Headers a replay repeats; anything else (cookies, tracing, caching) belongs to the first answer only. */
    static final Set<String> KEPT_HEADERS =
            Set.of(HttpHeaders.LOCATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.RETRY_AFTER);

    StoredAnswer {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
