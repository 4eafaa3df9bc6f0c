package org.qingfeng.support.web.idempotency;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Endpoints that count how often they really ran. */
@RestController
class CountingController {

    final AtomicInteger runs = new AtomicInteger();
    final AtomicBoolean failing = new AtomicBoolean();

    @PostMapping("/things")
    ResponseEntity<Map<String, Object>> add(@RequestBody Map<String, Object> thing) {
        int run = runs.incrementAndGet();
        return ResponseEntity.created(URI.create("/things/" + run))
                .header("X-Run", Integer.toString(run))
                .body(Map.of("run", run, "name", thing.getOrDefault("name", "")));
    }

    @PostMapping("/receipts")
    ResponseEntity<Map<String, Object>> receipt(@RequestBody Map<String, Object> item) {
        int run = runs.incrementAndGet();
        return ResponseEntity.accepted().cacheControl(CacheControl.noStore()).body(Map.of("receipt", "R-" + run));
    }

    @PostMapping("/flaky")
    ResponseEntity<Map<String, Object>> flaky(@RequestBody Map<String, Object> item) {
        int run = runs.incrementAndGet();
        if (failing.get()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        return ResponseEntity.ok(Map.of("run", run));
    }

    @PostMapping("/uploads")
    Map<String, Object> upload(@RequestPart("file") MultipartFile file, @RequestParam("note") String note) {
        return Map.of("run", runs.incrementAndGet(), "size", file.getSize(), "note", note);
    }
}
