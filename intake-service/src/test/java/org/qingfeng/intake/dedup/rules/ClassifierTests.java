package org.qingfeng.intake.dedup.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.ItemMatched.Relation;

class ClassifierTests {

    private static final Instant NOW = Instant.parse("2026-10-01T02:00:00Z");
    private static final String TOWNSHIP = "330281-101";
    private static final String VILLAGE = "330281-101-201";
    private static final String OTHER_VILLAGE = "330281-101-202";
    private static final String TEXT = "青山村卫生室医生收取患者红包，每次二百元，村民反映强烈。";

    private final Classifier classifier = new Classifier(DedupMethod.MINHASH_LSH_1);

    @Test
    void theSameTextFromTheSamePlaceAboutTheSameUnitIsTheSameIncidentOfItsFirstReport() {
        UUID first = UUID.randomUUID();
        Report earlier = report(VILLAGE, "D-WSY", NOW, TEXT).within(first);
        Report again = report(VILLAGE, "D-WSY", NOW.plus(Duration.ofDays(3)), "青山村卫生室医生收取患者红包，每次二百元！");

        assertThat(classifier.classify(again, earlier)).hasValueSatisfying(m -> {
            assertThat(m.relation()).isEqualTo(Relation.SAME_INCIDENT);
            assertThat(m.matchedItemId()).isEqualTo(first);
            assertThat(m.candidateId()).isEqualTo(earlier.itemId());
            assertThat(m.similarity()).isGreaterThan(0.45);
        });
    }

    @Test
    void aReportAtTheTownshipIsTheSamePlaceAsOneFromItsVillage() {
        Report village = report(VILLAGE, "D-WSY", NOW, TEXT);
        Report township = report(TOWNSHIP, "D-WSY", NOW, TEXT);
        assertThat(classifier.classify(township, village)).map(Match::relation).contains(Relation.SAME_INCIDENT);
    }

    @Test
    void anotherVillageOrAnotherUnitIsTheSameProblemElsewhere() {
        Report earlier = report(VILLAGE, "D-WSY", NOW, TEXT);
        assertThat(classifier.classify(report(OTHER_VILLAGE, "D-WSY", NOW, TEXT), earlier))
                .map(Match::relation)
                .contains(Relation.SAME_PROBLEM_ELSEWHERE);
        assertThat(classifier.classify(report(VILLAGE, "D-WJJ", NOW, TEXT), earlier))
                .map(Match::relation)
                .contains(Relation.SAME_PROBLEM_ELSEWHERE);
    }

    @Test
    void theSameTextLongAfterTheWindowOrAnUnrelatedTextIsNothing() {
        Report earlier = report(VILLAGE, "D-WSY", NOW, TEXT);
        assertThat(classifier.classify(report(VILLAGE, "D-WSY", NOW.plus(Duration.ofDays(91)), TEXT), earlier))
                .isEmpty();
        assertThat(classifier.classify(report(VILLAGE, "D-WSY", NOW, "青山村卫生室医生态度恶劣，经常骂病人。"), earlier))
                .isEmpty();
    }

    @Test
    void theBestCandidateIsAnIncidentBeforeALinkAndNeverTheReportItself() {
        Report elsewhere = report(OTHER_VILLAGE, "D-WSY", NOW, TEXT);
        Report here = report(VILLAGE, "D-WSY", NOW, "青山村卫生室医生收取患者红包，每次二百元。");
        Report report = report(VILLAGE, "D-WSY", NOW.plusSeconds(60), TEXT);

        assertThat(classifier.best(report, List.of(elsewhere, here, report)))
                .hasValueSatisfying(m -> assertThat(m.candidateId()).isEqualTo(here.itemId()));
        assertThat(classifier.best(report, List.of(report))).isEmpty();
    }

    private static Report report(String region, String unit, Instant at, String text) {
        String township = region.equals(TOWNSHIP) ? TOWNSHIP : region.substring(0, TOWNSHIP.length());
        return Report.first(UUID.randomUUID(), region, township, unit, at, Shingles.ofText(text));
    }
}
