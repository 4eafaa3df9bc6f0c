package org.qingfeng.intake.rhythm;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.contracts.intake.ReportingContactsChanged;
import org.qingfeng.contracts.intake.ReportingCycle;
import org.qingfeng.intake.rhythm.rules.ItemPlace;
import org.qingfeng.intake.rhythm.rules.ReportingContact;
import org.qingfeng.intake.sealing.Sealer;
import org.qingfeng.intake.sealing.SealingProperties;
import org.qingfeng.testsupport.TestInfrastructure;

/** The rhythm's Mongo collections on the wire server: conditional upserts, claims, the sealed book, item places. */
class RhythmStoresIT {

    private static final String KEY = "330281-101|2026-09";

    private final MongoClient client = MongoClients.create(TestInfrastructure.mongoUri());
    private final MongoDatabase database = client.getDatabase(TestInfrastructure.uniqueDatabase("rhythm"));
    private final MongoComplianceRecords records = new MongoComplianceRecords(database);
    private final Sealer sealer = new SealingProperties(null, null, null).sealer();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aLateReportReplacesAMissingFlagAndALaterMissingCopyChangesNothing() {
        records.apply(List.of(fact(ComplianceState.MISSING, null)));
        records.apply(List.of(fact(ComplianceState.LATE, "2026-10-09T01:30:00Z")));
        records.apply(List.of(fact(ComplianceState.MISSING, null)));

        assertThat(records.find(List.of(KEY)).get(KEY).state()).isEqualTo(ComplianceState.LATE);
        assertThat(records.find(List.of(KEY)).get(KEY).filedAt()).isEqualTo(Instant.parse("2026-10-09T01:30:00Z"));
    }

    @Test
    void nothingReplacesAnOnTimeReportAndACopyKeepsTheFirst() {
        records.apply(List.of(fact(ComplianceState.ON_TIME, "2026-10-08T02:00:00Z")));
        records.apply(List.of(
                fact(ComplianceState.MISSING, null),
                fact(ComplianceState.LATE, "2026-10-09T01:30:00Z"),
                fact(ComplianceState.ON_TIME, "2026-10-08T03:00:00Z")));

        assertThat(records.find(List.of(KEY)).get(KEY))
                .isEqualTo(new ComplianceRecord(
                        KEY, ComplianceState.ON_TIME, Instant.parse("2026-10-08T02:00:00Z"), false, 1));
    }

    @Test
    void oneBatchKeepsTheStrongestFactPerWindow() {
        records.apply(List.of(fact(ComplianceState.MISSING, null), fact(ComplianceState.LATE, "2026-10-09T01:30:00Z")));

        assertThat(records.find(List.of(KEY, "330281-102|2026-09")))
                .containsOnlyKeys(KEY)
                .extractingByKey(KEY)
                .extracting(ComplianceRecord::state)
                .isEqualTo(ComplianceState.LATE);
    }

    @Test
    void aReminderIsClaimedOnce() {
        MongoReminderClaims claims = new MongoReminderClaims(database);

        assertThat(claims.claim(KEY + "|last-day", Instant.now())).isTrue();
        assertThat(claims.claim(KEY + "|last-day", Instant.now())).isFalse();
        assertThat(claims.claim(KEY + "|before-opening", Instant.now())).isTrue();
    }

    @Test
    void theContactBookKeepsTheListSealedAndOpensItForSending() {
        SealedContactBook book = new SealedContactBook(database, sealer);
        List<ReportingContact> contacts = List.of(
                new ReportingContact("纪检委员", "13812345678", "canary@example.cn"),
                new ReportingContact("联络员", "13900001111", null));

        book.save(List.of(new ReportingContactsChanged(
                UUID.randomUUID(),
                Instant.now(),
                "330281-101",
                SealedContactBook.seal(sealer, contacts),
                contacts.size())));

        assertThat(book.count("330281-101")).isEqualTo(2);
        assertThat(book.count("330281-102")).isZero();
        assertThat(book.open("330281-101")).isEqualTo(contacts);
        String stored = database.getCollection("reporting_contacts")
                .find(Filters.eq("_id", "330281-101"))
                .first()
                .toJson();
        assertThat(stored).doesNotContain("13812345678").doesNotContain("canary@example.cn");
    }

    @Test
    void findsWhereRegisteredItemsWerePlacedInOneQuery() {
        UUID registered = UUID.randomUUID();
        UUID onlyWarned = UUID.randomUUID();
        database.getCollection("items")
                .insertMany(List.of(
                        new Document("_id", registered.toString())
                                .append("submittedAt", new Date())
                                .append("townshipCode", "330281-101")
                                .append("regionCode", "330281-101-001"),
                        new Document("_id", onlyWarned.toString()).append("status", "WARNING_ISSUED")));

        assertThat(new MongoItemPlaces(database).find(Set.of(registered, onlyWarned, UUID.randomUUID())))
                .containsOnlyKeys(registered)
                .containsValue(new ItemPlace(registered, "330281-101", "330281-101-001"));
    }

    private static ReportingComplianceChanged fact(ComplianceState state, @Nullable String filedAt) {
        Instant filed = filedAt == null ? null : Instant.parse(filedAt);
        return new ReportingComplianceChanged(
                EventIds.derive("reporting-compliance-changed", KEY + "#" + state),
                filed == null ? Instant.parse("2026-10-08T16:00:00Z") : filed,
                "330281-101",
                ReportingCycle.TOWNSHIP_MONTHLY,
                "2026-09",
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 8),
                state,
                filed,
                false,
                filed == null ? 0 : 1);
    }
}
