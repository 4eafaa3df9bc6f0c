package org.qingfeng.analysis.network;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.qingfeng.analysis.network.rules.NetworkNode;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.support.mongo.BulkUpserts;
import org.springframework.stereotype.Component;

/**
 * The {@code network_nodes} projection of {@code intake.network-changed.v1}: one document per node,
 * {@code _id} = node code, replaced whole. The topic is compacted and keyed by code, so a node's
 * changes arrive in order and the last write is its current state.
 */
@Component
class NetworkNodeStore {

    private final MongoCollection<Document> nodes;

    NetworkNodeStore(MongoDatabase database) {
        this.nodes = database.getCollection("network_nodes");
    }

    int save(List<NetworkNode> changed) {
        List<ReplaceOneModel<Document>> writes = changed.stream()
                .map(node -> new ReplaceOneModel<>(
                        Filters.eq("_id", node.code()), document(node), new ReplaceOptions().upsert(true)))
                .toList();
        return BulkUpserts.write(nodes, writes);
    }

    List<NetworkNode> all() {
        return nodes.find().map(NetworkNodeStore::node).into(new ArrayList<>());
    }

    private static Document document(NetworkNode node) {
        return new Document("_id", node.code())
                .append("kind", node.kind().name())
                .append("name", node.name())
                .append("parentCode", node.parentCode())
                .append("active", node.active())
                .append("competentDepartmentCode", node.competentDepartmentCode());
    }

    private static NetworkNode node(Document document) {
        return new NetworkNode(
                document.getString("_id"),
                NodeKind.valueOf(document.getString("kind")),
                document.getString("name"),
                document.getString("parentCode"),
                document.getBoolean("active", true),
                document.getString("competentDepartmentCode"));
    }
}
