package org.qingfeng.localstack.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.qingfeng.contracts.EventJson;
import tools.jackson.core.type.TypeReference;

/**
 * 示范县 (county 330281): its work station, townships with their villages and groups, county-direct
 * units, monitoring points and departments, parents listed before children, and a few made-up
 * informants. The data sits in {@code demo-network.json}, {@code demo-informants.json} and {@code
 * demo-items.json}.
 */
public final class DemoNetwork {

    public static final String COUNTY_CODE = "330281";

    private DemoNetwork() {}

    public static List<NetworkNode> nodes() {
        return read("/demo-network.json", new TypeReference<List<NetworkNode>>() {});
    }

    /** Made-up informants, appointed by the work station or their township as the seeds' rule says. */
    public static List<DemoInformant> informants() {
        return read("/demo-informants.json", new TypeReference<List<DemoInformant>>() {});
    }

    /** Made-up staff accounts, one per role that has a page to show, all with the local demo password. */
    public static List<DemoUser> users() {
        return read("/demo-users.json", new TypeReference<List<DemoUser>>() {});
    }

    /** Items that concern units of the demo network, to submit as examples and as load. */
    public static List<SampleItem> sampleItems() {
        return read("/demo-items.json", new TypeReference<List<SampleItem>>() {});
    }

    /** The item the banner's ready-to-paste command submits: immediate, so its case opens at once. */
    public static SampleItem bannerItem() {
        return sampleItems().get(0).immediate();
    }

    private static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = DemoNetwork.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return EventJson.mapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
