package org.qingfeng.gateway.console.item;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** The question to the submitter as intake's {@code POST /api/items/questions} takes it. */
record Question(String itemId, @Nullable String text) {

    /** Intake's answer: the question's id. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Asked(@Nullable String followUpId) {}
}
