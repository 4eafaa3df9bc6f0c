package org.qingfeng.support.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that fail in each of the ways the advice answers. */
@RestController
class ThingController {

    static final String SECRET = "村集体资金使用未按规定公示";

    @GetMapping("/things")
    String list(@RequestParam @Min(value = 1, message = "至少为 1 / at least 1") @Max(200) int limit) {
        return "[]";
    }

    @PostMapping(path = "/things", consumes = MediaType.APPLICATION_JSON_VALUE)
    String add(@RequestBody Thing thing) {
        return "{}";
    }

    @GetMapping("/things/{id}")
    String one(@PathVariable String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "没有 / none");
        problem.setTitle("未找到物件 / Thing not found");
        throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    @GetMapping("/boom")
    String boom() {
        throw new IllegalStateException(SECRET);
    }

    @GetMapping("/deadline")
    String deadline() {
        throw new org.qingfeng.support.calendar.NoWorkingDayTable(2031);
    }

    @PostMapping(path = "/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    String note(@RequestBody Note note) {
        return "{\"regionCode\":\"" + note.regionCode().length() + "\"}";
    }

    record Thing(Colour colour, int size) {}

    /** A string field as request filters use them, and free content of any shape. */
    record Note(String regionCode, @Nullable Object content) {}

    enum Colour {
        RED,
        BLUE
    }
}
