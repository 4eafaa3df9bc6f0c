package org.qingfeng.intake.network;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.qingfeng.contracts.intake.MonitoringHost;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.springframework.stereotype.Component;

/** The {@code network_nodes} projection: one document per node, {@code _id} = node code, every published field. */
@Component
class NetworkNodeStore {

    private final MongoCollection<Document> nodes;

    NetworkNodeStore(MongoDatabase database) {
        this.nodes = database.getCollection("network_nodes");
    }

    List<NetworkNode> all() {
        return nodes.find().map(NetworkNodeStore::node).into(new ArrayList<>());
    }

    /** One bulk write for the poll; replacing by code makes a replay harmless. */
    void save(List<NetworkNode> changed) {
        List<WriteModel<Document>> writes = changed.stream()
                .<WriteModel<Document>>map(node -> new ReplaceOneModel<>(
                        Filters.eq("_id", node.code()), document(node), new ReplaceOptions().upsert(true)))
                .toList();
        nodes.bulkWrite(writes);
    }

    private static Document document(NetworkNode node) {
        return new Document("_id", node.code())
                .append("kind", node.kind().name())
                .append("name", node.name())
                .append("parentCode", node.parentCode())
                .append("competentDepartmentCode", node.competentDepartmentCode())
                .append("active", node.active())
                .append("host", node.host() == null ? null : node.host().name())
                .append("contactRoles", node.contactRoles())
                .append("description", node.description());
    }

    private static NetworkNode node(Document document) {
        return new NetworkNode(
                document.getString("_id"),
                NodeKind.valueOf(document.getString("kind")),
                document.getString("name"),
                document.getString("parentCode"),
                document.getString("competentDepartmentCode"),
                document.getBoolean("active", true),
                document.getString("host") == null ? null : MonitoringHost.valueOf(document.getString("host")),
                document.getList("contactRoles", String.class, List.of()),
                document.getString("description"));
    }
}
