package org.qingfeng.analysis.triage;

import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.triage.rules.Board;
import org.qingfeng.support.security.Actors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The work station's monthly triage board, without the items the caller is kept off. */
@RestController
class TriageBoardController {

    private final TriageBoard board;

    TriageBoardController(TriageBoard board) {
        this.board = board;
    }

    @GetMapping("/api/triage/board")
    @PreAuthorize("hasRole('WORK_STATION_STAFF')")
    Board board(
            @RequestParam(required = false) @Nullable String month,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String township) {
        return board.board(Actors.current(), month, state, township);
    }
}
