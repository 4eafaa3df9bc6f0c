package org.qingfeng.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.localstack.api.GatewayClient;
import org.qingfeng.localstack.network.DemoNetwork;
import org.qingfeng.localstack.network.SampleItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * Gives the demo's work station something to analyse on the first start: the risk-point register of
 * a few demo units, and a month's worth of items submitted as informants would ({@code
 * demo-month-items.json}): three units in three townships each get three reports on work style, which
 * their empty history makes emerging (苗头性) and, three units at once, widespread (普遍性): the
 * month's analysis shows findings at once, each with its numbers and items. Only the local stack
 * does this; the system tests load the network alone and count their own items.
 */
public final class DemoAnalysisLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoAnalysisLoader.class);

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The demo units whose emerging problem the station sends to disposal, with the severity it states. */
    static final Map<String, String> DEMO_DISPOSALS = Map.of("330281-101-D01", "MODERATE", "330281-102-D01", "SERIOUS");

    private final GatewayClient workStation;
    private final Poll poll;

    /** {@code workStation} carries the loader's token: work-station staff at the demo county. */
    public DemoAnalysisLoader(GatewayClient workStation, Duration timeout) {
        this.workStation = workStation;
        this.poll = new Poll(timeout, Duration.ofMillis(250));
    }

    public void load() {
        loadRegister();
        submitItems();
        sendFindingsToDisposal();
    }

    /**
     * Analysis checks each point's unit against its own copy of the registry, which catches up with
     * the topic on its own time: until then it refuses the unit, so keep asking.
     */
    private void loadRegister() {
        List<Map<String, Object>> points = riskPoints();
        for (Map<String, Object> point : points) {
            if (!poll.until(() -> recorded(point))) {
                throw new IllegalStateException("analysis did not record risk point " + point.get("riskPointId"));
            }
        }
        log.info("Demo risk-point register loaded: {} points", points.size());
    }

    private boolean recorded(Map<String, Object> point) {
        try {
            return workStation.postJson("/api/register/points", point).statusCode() == 202;
        } catch (RuntimeException e) {
            log.debug("Register not writable yet: {}", e.getMessage());
            return false;
        }
    }

    private void submitItems() {
        List<SampleItem> items = new ArrayList<>(monthItems());
        // The sample items marked immediate open their cases at once: one of them concerns 县住建局,
        // whose officer (jianshe) then finds it in the department inbox.
        DemoNetwork.sampleItems().stream()
                .filter(item -> item.urgency() == Urgency.IMMEDIATE)
                .forEach(items::add);
        int accepted = 0;
        for (SampleItem item : items) {
            // The gateway admits ten submissions a minute from one client: a refused one is sent again.
            if (poll.until(() -> workStation.submit(item).accepted())) {
                accepted++;
            }
        }
        log.info("Demo items submitted: {} of {}", accepted, items.size());
    }

    /**
     * Sends two of the month's emerging problems to disposal, as the station would after reading the
     * month: one as of moderate severity, one as serious. Disposal opens a case on its ladder for each
     * (the first colour chosen by its policy), so the cases page and the bulletin show something at
     * once. The analysis needs a moment to see the items; a demo that cannot wait goes on without.
     */
    private void sendFindingsToDisposal() {
        String month = YearMonth.now(SHANGHAI).toString();
        Map<String, String> severities = DEMO_DISPOSALS;
        List<JsonNode> found = new ArrayList<>();
        // The analysis sees the items as its listeners catch up, slowly on a first start.
        boolean ready = new Poll(poll.timeout().multipliedBy(3), poll.interval()).until(() -> {
            found.clear();
            emerging(month).stream()
                    .filter(f -> severities.containsKey(f.path("unitCode").asString()))
                    .forEach(found::add);
            return found.size() == severities.size();
        });
        if (!ready) {
            log.warn("The demo month's findings did not appear in time; no case opened from a finding");
            return;
        }
        for (JsonNode finding : found) {
            Map<String, Object> publication = Map.of(
                    "period",
                    month,
                    "findingId",
                    finding.path("findingId").asString(),
                    "destination",
                    "DISPOSAL",
                    "severity",
                    severities.get(finding.path("unitCode").asString()));
            int status =
                    workStation.postJson("/api/analysis/findings", publication).statusCode();
            log.info(
                    "Demo finding on {} sent to disposal: {}",
                    finding.path("unitCode").asString(),
                    status);
        }
    }

    private List<JsonNode> emerging(String month) {
        try {
            List<JsonNode> emerging = new ArrayList<>();
            workStation.get("/api/analysis/months/" + month).path("findings").forEach(f -> {
                if ("EMERGING".equals(f.path("kind").asString())) {
                    emerging.add(f);
                }
            });
            return emerging;
        } catch (RuntimeException e) {
            log.debug("Month not readable yet: {}", e.getMessage());
            return List.of();
        }
    }

    static List<Map<String, Object>> riskPoints() {
        return read("/demo-risk-points.json", new TypeReference<List<Map<String, Object>>>() {});
    }

    static List<SampleItem> monthItems() {
        return read("/demo-month-items.json", new TypeReference<List<SampleItem>>() {});
    }

    private static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = DemoAnalysisLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return EventJson.mapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
