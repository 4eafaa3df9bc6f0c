package org.qingfeng.disposal.cases.rules;

import static org.qingfeng.contracts.disposal.WarningColour.BLUE;
import static org.qingfeng.contracts.disposal.WarningColour.ORANGE;
import static org.qingfeng.contracts.disposal.WarningColour.RED;
import static org.qingfeng.contracts.disposal.WarningColour.YELLOW;
import static org.qingfeng.disposal.cases.rules.RungKind.EXPLANATION;
import static org.qingfeng.disposal.cases.rules.RungKind.RECTIFICATION;
import static org.qingfeng.disposal.cases.rules.RungKind.REFERRAL;
import static org.qingfeng.disposal.cases.rules.RungKind.TALK;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ladders a case may climb, by id: the four of the network's handling plans, unless configured otherwise. */
public record Ladders(Map<String, Ladder> byId) {

    public static final String FOUR_COLOUR = "four-colour";
    public static final String INQUIRY = "inquiry";
    public static final String CARDS = "cards";
    public static final String ADMONISHMENTS = "admonishments";

    public Ladders {
        byId = Map.copyOf(byId);
    }

    /** The ladders of the handling plans (处置预案), version 1. */
    public static Ladders defaults() {
        return of(List.of(
                new Ladder(
                        FOUR_COLOUR,
                        1,
                        List.of(
                                new Rung("BLUE", "蓝色", "blue", BLUE, EXPLANATION, 5),
                                new Rung("YELLOW", "黄色", "yellow", YELLOW, TALK, 10),
                                new Rung("ORANGE", "橙色", "orange", ORANGE, RECTIFICATION, 20),
                                new Rung("RED", "红色", "red", RED, REFERRAL, 0))),
                new Ladder(
                        INQUIRY,
                        1,
                        List.of(
                                new Rung("REMINDER", "提醒", "reminder", BLUE, EXPLANATION, 5),
                                new Rung("INQUIRY", "函询", "letter of inquiry", YELLOW, EXPLANATION, 10),
                                new Rung("INTERVIEW", "约谈", "interview", ORANGE, TALK, 20),
                                new Rung("DISPOSAL", "处置", "disposal", RED, REFERRAL, 0))),
                new Ladder(
                        CARDS,
                        1,
                        List.of(
                                new Rung("GREEN_CARD", "绿牌", "green card", BLUE, EXPLANATION, 10),
                                new Rung("YELLOW_CARD", "黄牌", "yellow card", ORANGE, RECTIFICATION, 20),
                                new Rung("RED_CARD", "红牌", "red card", RED, REFERRAL, 0))),
                new Ladder(
                        ADMONISHMENTS,
                        1,
                        List.of(
                                new Rung("ADMONISH_REMIND", "提醒诫勉", "reminding admonishment", BLUE, EXPLANATION, 5),
                                new Rung("ADMONISH_SUPERVISE", "督促诫勉", "supervising admonishment", YELLOW, TALK, 10),
                                new Rung(
                                        "ADMONISH_CORRECT",
                                        "纠正诫勉",
                                        "correcting admonishment",
                                        ORANGE,
                                        RECTIFICATION,
                                        20)))));
    }

    public static Ladders of(List<Ladder> ladders) {
        Map<String, Ladder> byId = new LinkedHashMap<>();
        ladders.forEach(ladder -> byId.put(ladder.id(), ladder));
        return new Ladders(byId);
    }

    /** These ladders with {@code replacements} put in place of (or beside) those of the same id. */
    public Ladders with(List<Ladder> replacements) {
        Map<String, Ladder> merged = new LinkedHashMap<>(byId);
        replacements.forEach(ladder -> merged.put(ladder.id(), ladder));
        return new Ladders(merged);
    }

    public Optional<Ladder> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Ladder get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no ladder " + id));
    }
}
