package org.qingfeng.intake.rhythm;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * {@code case_reminders_sent}, {@code _id} = {@code eventId|channel|recipient digest}: inserting the
 * key is the claim, a duplicate key means the message was claimed before, here or on another
 * instance. Like {@code reminders_sent}, not a projection: what was sent is not an event.
 */
@Component
class MongoSentMessages implements SentMessages {

    private final MongoCollection<Document> messages;

    MongoSentMessages(MongoDatabase database) {
        this.messages = database.getCollection("case_reminders_sent");
    }

    @Override
    public boolean claim(String key, Instant at) {
        try {
            messages.insertOne(new Document("_id", key).append("claimedAt", Date.from(at)));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void sent(String key, Instant at) {
        messages.updateOne(Filters.eq("_id", key), Updates.set("sentAt", Date.from(at)));
    }

    @Override
    public void release(String key) {
        messages.deleteOne(Filters.eq("_id", key));
    }
}
