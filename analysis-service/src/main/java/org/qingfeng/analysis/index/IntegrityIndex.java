package org.qingfeng.analysis.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.index.IndexConfiguration.DefaultIndexMethod;
import org.qingfeng.analysis.index.rules.Facts;
import org.qingfeng.analysis.index.rules.IndexMethod;
import org.qingfeng.analysis.index.rules.IndexRow;
import org.qingfeng.analysis.index.rules.IndexSheet;
import org.qingfeng.analysis.index.rules.Quarter;
import org.qingfeng.analysis.network.NetworkDirectory;
import org.qingfeng.analysis.network.rules.NetworkNode;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Scopes;
import org.springframework.stereotype.Service;

/**
 * The index of a quarter, computed on each read from the stored facts under the method asked for, so
 * an old quarter is recomputed under a new method version without any migration.
 */
@Service
class IntegrityIndex {

    private final IndexFactStore facts;
    private final NetworkDirectory network;
    private final Scopes scopes;
    private final IndexMethod defaultMethod;
    private final int minCount;
    private final int maxTrendQuarters;

    IntegrityIndex(
            IndexFactStore facts,
            NetworkDirectory network,
            Scopes scopes,
            DefaultIndexMethod defaultMethod,
            IndexProperties properties) {
        this.facts = facts;
        this.network = network;
        this.scopes = scopes;
        this.defaultMethod = defaultMethod.method();
        this.minCount = properties.minCount();
        this.maxTrendQuarters = properties.maxTrendQuarters();
    }

    /** The method named, the default without a name; an unknown version is a bad parameter. */
    IndexMethod method(@Nullable String version) {
        if (version == null) {
            return defaultMethod;
        }
        return IndexMethod.byVersion(version)
                .orElseThrow(() -> RulesViolated.of("method", "没有该计算方法版本 / no such method version: " + versions()));
    }

    IndexMethod defaultMethod() {
        return defaultMethod;
    }

    /**
     * The rows of the subtree of {@code scope} (the caller's node without it) that the caller may see.
     * A scope the network lacks is a bad parameter; one outside the caller's subtree unknown ({@code 404}).
     */
    List<IndexRow> quarter(Quarter quarter, IndexMethod method, String scope, Actor actor) {
        List<NetworkNode> nodes = network.nodes();
        return IndexSheet.rows(
                method,
                facts.facts(List.of(quarter)).get(quarter),
                nodes,
                scope,
                code -> scopes.covers(actor, code),
                minCount);
    }

    /** The scope code a request means: the one named (checked), else the caller's own node. */
    @Nullable
    String scope(@Nullable String named, Actor actor) {
        if (named == null) {
            return actor.node();
        }
        if (network.nodes().stream().noneMatch(node -> node.code().equals(named))) {
            throw RulesViolated.of("scope", "网络中没有该节点 / no such node in the network");
        }
        scopes.require(actor, named);
        return named;
    }

    /** One node's row for each of {@code count} quarters up to {@code to}, oldest first. */
    List<QuarterRow> trend(String node, Quarter to, int count, IndexMethod method, Actor actor) {
        if (count > maxTrendQuarters) {
            throw RulesViolated.of(
                    "quarters", "至多 " + maxTrendQuarters + " 个季度 / at most " + maxTrendQuarters + " quarters");
        }
        scopes.require(actor, node);
        List<NetworkNode> nodes = network.nodes();
        Map<Quarter, Facts> byQuarter = facts.facts(to.lastQuarters(count));
        List<QuarterRow> rows = new ArrayList<>(count);
        byQuarter.forEach((quarter, quarterFacts) ->
                rows.add(new QuarterRow(quarter, IndexSheet.row(method, quarterFacts, nodes, node, minCount))));
        return rows;
    }

    /** Every row of the subtree of {@code scope} under the default method, for whoever freezes the figures. */
    List<IndexRow> all(Quarter quarter, String scope) {
        return IndexSheet.rows(
                defaultMethod,
                facts.facts(List.of(quarter)).get(quarter),
                network.nodes(),
                scope,
                code -> true,
                minCount);
    }

    private static List<String> versions() {
        return IndexMethod.ALL.stream().map(IndexMethod::version).toList();
    }

    record QuarterRow(Quarter quarter, IndexRow row) {}
}
