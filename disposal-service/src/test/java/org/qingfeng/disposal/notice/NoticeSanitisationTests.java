package org.qingfeng.disposal.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.notice.rules.OfficialDocument;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Role;

/**
 * Plants source traces where an informant's report leaves them (the item's wording, channel, time,
 * village and token; a finding's evidence and region; the village's name in the network) and checks
 * that no notice of any rung of any ladder, from a finding or an immediate item, addressed to a
 * department or to a village's unit, prints any of them: not in the composed text, not in the
 * text a reader extracts from the PDF, not in the OFD.
 */
class NoticeSanitisationTests {

    private static final String WORDING = "药房夜班收受医药代表回扣";
    private static final String TOKEN = "inf-7K3Q9X2M4P8R1T6V5W0Y2Z4A";
    private static final Instant SUBMITTED = Instant.parse("2026-11-03T06:37:00Z");

    /** Every form the planted traces could take in print. */
    private static final List<String> TRACES = List.of(
            WORDING,
            "夜班",
            "回扣",
            "微信",
            "WECHAT",
            Channel.HOTLINE.name(),
            "热线",
            TOKEN,
            "inf-",
            "2026-11-03",
            "14:37",
            "06:37",
            "11月3日",
            "十一月三日",
            NetworkFixtures.VILLAGE,
            FixedDirectory.VILLAGE_NAME,
            NetworkFixtures.ROOT,
            "P(X≥");

    private static MongoServer server;
    private static MongoClient client;
    private static MongoDatabase database;

    private final NoticeHarness harness = new NoticeHarness();

    @BeforeAll
    static void startMongo() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        database = client.getDatabase("disposal-service");
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        server.shutdown();
    }

    /** The item as intake published it, with every trace an informant's report can carry. */
    static ItemSubmitted plantedItem() {
        return new ItemSubmitted(
                EventIds.derive("item-submitted", WORDING),
                SUBMITTED,
                UUID.randomUUID(),
                SubmitterKind.INFORMANT,
                new ItemDetails(
                        NetworkFixtures.VILLAGE,
                        NetworkFixtures.TOWNSHIP,
                        NetworkFixtures.DEPARTMENT,
                        "medical-ethics",
                        null,
                        Urgency.IMMEDIATE,
                        Channel.HOTLINE,
                        "通过微信(WECHAT)反映：" + FixedDirectory.VILLAGE_NAME + WORDING + "，时间2026-11-03 14:37",
                        LocalDate.of(2026, 11, 3)),
                TOKEN);
    }

    /** The finding analysis published over that item, its evidence quoting it. */
    static FindingPublished plantedFinding(ItemSubmitted item) {
        return new FindingPublished(
                UUID.randomUUID(),
                SUBMITTED,
                UUID.randomUUID(),
                "2026-10",
                NetworkFixtures.ROOT,
                FindingPublished.FindingKind.EMERGING,
                FindingPublished.Destination.DISPOSAL,
                NetworkFixtures.VILLAGE,
                NetworkFixtures.DEPARTMENT,
                List.of(NetworkFixtures.DEPARTMENT, NetworkFixtures.VILLAGE),
                "medical-ethics",
                Severity.SERIOUS,
                null,
                "P(X≥3 | λ=0.4)=0.007; " + item.item().description() + "; " + TOKEN + " 微信 "
                        + FixedDirectory.VILLAGE_NAME,
                List.of(new FindingPublished.PeriodCount("2026-09", 0)),
                List.of(item.itemId()),
                null,
                "monthly-1",
                "u-7f3a9c");
    }

    @Test
    void noNoticeOfAnyRungPrintsATraceOfItsSources() throws Exception {
        ItemSubmitted item = plantedItem();
        assertThat(TRACES.stream().filter(t -> item.item().description().contains(t)))
                .as("the traces are really planted")
                .contains(WORDING, "微信", "WECHAT", FixedDirectory.VILLAGE_NAME, "2026-11-03", "14:37");
        FindingPublished finding = plantedFinding(item);
        database.getCollection("findings")
                .insertOne(Document.parse(EventJson.mapper().writeValueAsString(finding))
                        .append("_id", finding.findingId().toString()));
        Notices notices = harness.notices(new NoticeFindings(database));
        Actor station = new Actor("u-1", Set.of(Role.WORK_STATION_STAFF), NetworkFixtures.ROOT);

        List<String> checked = new ArrayList<>();
        for (CaseFixtures.Rung rung : CaseFixtures.RUNGS) {
            for (CaseStepped.Origin origin : CaseStepped.Origin.values()) {
                for (String unit : List.of(NetworkFixtures.DEPARTMENT, NetworkFixtures.VILLAGE)) {
                    CaseView c = harness.cases.put(
                            withItem(CaseFixtures.aCase(rung, origin, unit, finding.findingId()), item));
                    Notices.Issued issued = notices.issued(station, c.caseId(), 2);
                    OfficialDocument document = issued.document();

                    assertThat(document.text()).doesNotContain(TRACES);
                    if (unit.equals(NetworkFixtures.DEPARTMENT)) {
                        String pdf = DocumentTexts.ofPdf(harness.pdf.write(document));
                        String ofd =
                                DocumentTexts.ofOfd(harness.ofd.write(document, c.caseId(), LocalDate.of(2026, 11, 9)));
                        assertThat(pdf).contains(document.title(), "〔2026〕7号").doesNotContain(TRACES);
                        assertThat(ofd).contains(document.title(), "〔2026〕7号").doesNotContain(TRACES);
                    }
                    checked.add(document.title());
                }
            }
        }
        assertThat(checked).hasSize(CaseFixtures.RUNGS.size() * 4);
        assertThat(checked).allMatch(title -> title.endsWith("通知书") || title.endsWith("函"));
    }

    @Test
    void theFindingsSubjectAreaAndKindAreNamedButNotItsEvidenceOrRegion() {
        ItemSubmitted item = plantedItem();
        FindingPublished finding = plantedFinding(item);
        database.getCollection("findings")
                .insertOne(Document.parse(EventJson.mapper().writeValueAsString(finding))
                        .append("_id", finding.findingId().toString()));
        CaseView c = harness.cases.put(CaseFixtures.aCase(
                CaseFixtures.RUNGS.get(2), CaseStepped.Origin.FINDING, NetworkFixtures.VILLAGE, finding.findingId()));
        Actor station = new Actor("u-1", Set.of(Role.WORK_STATION_STAFF), NetworkFixtures.ROOT);

        OfficialDocument document = harness.notices(new NoticeFindings(database))
                .issued(station, c.caseId(), 2)
                .document();

        assertThat(document.paragraphs().get(0)).contains("2026年10月", "医德医风", "苗头性");
        assertThat(document.recipient()).isEqualTo("桃源镇：");
    }

    private static CaseView withItem(CaseView c, ItemSubmitted item) {
        assertThat(c.itemIds()).isNotEmpty();
        return new CaseView(
                c.caseId(),
                c.sequence(),
                c.origin(),
                c.findingId(),
                List.of(item.itemId()),
                c.unitCode(),
                c.townshipCode(),
                c.recipientCode(),
                c.stationCode(),
                c.post(),
                c.ladder(),
                c.ladderVersion(),
                c.rung(),
                c.rungCode(),
                c.colour(),
                c.state(),
                c.dueAt(),
                c.acknowledgeBy(),
                c.severity(),
                c.policyVersion(),
                c.openedAt(),
                c.updatedAt(),
                c.history());
    }
}
