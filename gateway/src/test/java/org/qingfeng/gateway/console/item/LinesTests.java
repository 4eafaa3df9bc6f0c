package org.qingfeng.gateway.console.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTests {

    private static final String ITEM = "0b9f3c5e-6a4d-4e8b-9f21-3c7d5a1e8b40";
    private static final String FILE = "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4";

    @Test
    void linksAFileThroughTheApiRouteAndLeavesOutOneWhoseIdIsNoId() {
        Attachments read = new Attachments(List.of(
                new Attachments.Attachment(FILE, "image/png", 2_411_724, "附件1.png"),
                new Attachments.Attachment("../../network/export", "text/plain", 10, "x.txt")));

        assertThat(Lines.attachments(ITEM, read))
                .containsExactly(new Lines.AttachmentLine(
                        "附件1.png", "image/png", "2.3 MB", "/api/items/" + ITEM + "/attachments/" + FILE));
    }

    @Test
    void showsSimilarityAsAWholePercentage() {
        Matches read = new Matches(List.of(new Matches.Match(ITEM, "SAME_PROBLEM_ELSEWHERE", 0.734)));

        assertThat(Lines.matches(read)).containsExactly(new Lines.MatchLine(ITEM, "SAME_PROBLEM_ELSEWHERE", "73%"));
    }

    @Test
    void showsThreadTimesInTheNetworksZone() {
        FollowUps read = new FollowUps(List.of(new FollowUps.Step(
                "q-1", "QUESTION", "哪一天？", Instant.parse("2026-12-31T16:05:00Z"), null, "u-0001", null)));

        assertThat(Lines.steps(read, ZoneId.of("Asia/Shanghai")))
                .containsExactly(new Lines.StepLine("QUESTION", "哪一天？", "2027-01-01 00:05", "u-0001", null));
    }

    @Test
    void sizesFilesAsPeopleReadThem() {
        assertThat(List.of(Lines.size(512), Lines.size(12_800), Lines.size(1_048_576)))
                .containsExactly("512 B", "12.5 KB", "1.0 MB");
    }
}
