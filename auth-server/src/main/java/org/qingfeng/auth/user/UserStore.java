package org.qingfeng.auth.user;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The {@code users} collection: one document per account, {@code _id} the user id, {@code
 * username} unique. The lockout state lives here too, so that a restart does not forgive a guesser.
 */
@Component
public class UserStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<Document> users;

    UserStore(MongoDatabase database) {
        this.users = database.getCollection("users");
        users.createIndex(
                Indexes.ascending("username"), new IndexOptions().unique(true).name("username_unique"));
    }

    /** A new user id: {@code u-} and 20 random hex digits, naming no one. */
    static String newId() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        return "u-" + HexFormat.of().formatHex(bytes);
    }

    public Optional<UserAccount> byUsername(String username) {
        return Optional.ofNullable(users.find(Filters.eq("username", username)).first())
                .map(UserStore::account);
    }

    public Optional<UserAccount> byId(String id) {
        return Optional.ofNullable(users.find(Filters.eq("_id", id)).first()).map(UserStore::account);
    }

    List<UserAccount> all() {
        return users.find().map(UserStore::account).into(new ArrayList<>());
    }

    long count() {
        return users.countDocuments();
    }

    /** Throws {@link com.mongodb.MongoWriteException} with a duplicate-key error when the username is taken. */
    void insert(UserAccount account) {
        users.insertOne(document(account));
    }

    void change(String id, String displayName, List<String> roles, String node, boolean enabled) {
        users.updateOne(
                Filters.eq("_id", id),
                Updates.combine(
                        Updates.set("displayName", displayName),
                        Updates.set("roles", roles),
                        Updates.set("node", node),
                        Updates.set("enabled", enabled)));
    }

    void changePassword(String id, String passwordHash, Instant at) {
        users.updateOne(
                Filters.eq("_id", id),
                Updates.combine(
                        Updates.set("passwordHash", passwordHash), Updates.set("passwordChangedAt", Date.from(at))));
    }

    /** Forgets the failures and the lock: an administrator's unlock, or a correct password. */
    public void clearFailures(String id) {
        users.updateOne(
                Filters.eq("_id", id),
                Updates.combine(Updates.set("failedAttempts", 0), Updates.set("lockedUntil", null)));
    }

    /** Counts one more failure atomically and returns the new count. */
    public int countFailure(String id) {
        Document after = users.findOneAndUpdate(
                Filters.eq("_id", id),
                Updates.inc("failedAttempts", 1),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return after == null ? 0 : after.getInteger("failedAttempts", 0);
    }

    public void lockUntil(String id, Instant until) {
        users.updateOne(Filters.eq("_id", id), Updates.set("lockedUntil", Date.from(until)));
    }

    private static Document document(UserAccount account) {
        return new Document("_id", account.id())
                .append("username", account.username())
                .append("displayName", account.displayName())
                .append("passwordHash", account.passwordHash())
                .append("roles", account.roles())
                .append("node", account.node())
                .append("enabled", account.enabled())
                .append("failedAttempts", account.failedAttempts())
                .append("lockedUntil", date(account.lockedUntil()))
                .append("createdAt", Date.from(account.createdAt()))
                .append("passwordChangedAt", Date.from(account.passwordChangedAt()));
    }

    private static UserAccount account(Document document) {
        return new UserAccount(
                document.getString("_id"),
                document.getString("username"),
                document.getString("displayName"),
                document.getString("passwordHash"),
                document.getList("roles", String.class, List.of()),
                document.getString("node"),
                document.getBoolean("enabled", true),
                document.getInteger("failedAttempts", 0),
                instant(document.getDate("lockedUntil")),
                document.getDate("createdAt").toInstant(),
                document.getDate("passwordChangedAt").toInstant());
    }

    private static @Nullable Date date(@Nullable Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
