package org.qingfeng.intake.rhythm;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * {@code reminders_sent}, {@code _id} = {@code unit|period|kind}: inserting the key is the claim, and
 * a duplicate key means another check, here or on another instance, has sent it. The one collection
 * of the rhythm that is not a projection: what was sent is not an event.
 */
@Component
class MongoReminderClaims implements ReminderClaims {

    private final MongoCollection<Document> claims;

    MongoReminderClaims(MongoDatabase database) {
        this.claims = database.getCollection("reminders_sent");
    }

    @Override
    public boolean claim(String key, Instant at) {
        try {
            claims.insertOne(new Document("_id", key).append("claimedAt", Date.from(at)));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
