package org.qingfeng.disposal.cases;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.UUID;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Document numbers of notices, {@code 〔year〕n号}, counted per station and year: {@code notice_numbers}
 * holds the last number given ({@code _id} = {@code station|year}, raised by an atomic {@code $inc}),
 * {@code notice_claims} the number each notice got ({@code _id} = {@code caseId#sequence}), so that the
 * same notice built twice (a redelivered opening, two sweepers) carries the same number. A number
 * claimed for a notice whose publication then failed, or lost a race, is never used: the sequence
 * may have gaps, never a number twice. Rebuilt from the topic: the highest number per station and
 * year among the published notices.
 */
@Component
class NoticeNumberStore {

    private final MongoCollection<Document> numbers;
    private final MongoCollection<Document> claims;

    NoticeNumberStore(MongoDatabase database) {
        this.numbers = database.getCollection("notice_numbers");
        this.claims = database.getCollection("notice_claims");
    }

    String claim(String stationCode, int year, UUID caseId, long sequence) {
        String claimId = caseId + "#" + sequence;
        Document claimed = claims.find(Filters.eq("_id", claimId)).first();
        if (claimed != null) {
            return claimed.getString("number");
        }
        Document counter = numbers.findOneAndUpdate(
                Filters.eq("_id", stationCode + "|" + year),
                Updates.inc("last", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        long next = counter.get("last", Number.class).longValue();
        claims.updateOne(
                Filters.eq("_id", claimId),
                Updates.setOnInsert("number", "〔" + year + "〕" + next + "号"),
                new UpdateOptions().upsert(true));
        return claims.find(Filters.eq("_id", claimId)).first().getString("number");
    }
}
