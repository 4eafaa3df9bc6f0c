package org.qingfeng.gateway;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console in a real browser: the installed Chromium (never a downloaded one), headless, and
 * only ever pointed at 127.0.0.1. Without Chromium it skips and says so, unless
 * {@code -Dqingfeng.browser.required=true} or in CI ({@code CI=true}), where it fails. One browser
 * serves every test of the class; each test has its own page.
 */
class ConsoleBrowserIT extends StubbedServices {

    private static final Logger log = LoggerFactory.getLogger(ConsoleBrowserIT.class);
    private static final String MISSING = "Chromium not installed (apt-get install chromium): browser test skipped";
    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic");

    /** Whether the canvas a selector names has any pixel that is not transparent. */
    private static final String PAINTED = """
            selector => {
              const canvas = document.querySelector(selector);
              const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              for (let alpha = 3; alpha < pixels.length; alpha += 4) {
                if (pixels[alpha] !== 0) { return true; }
              }
              return false;
            }""";

    private static Path chromium;
    private static Playwright playwright;
    private static Browser browser;

    /**
     * How long an assertion waits for the page to settle. Not a timing goal: a first page on a cold
     * gateway JVM, with two cores shared by the rest of the build, loaded the 1 MB chart library and
     * drew the chart after Playwright's default 5 s once (on JDK 25); it passed alone.
     */
    private static final double SETTLE_MS = 30_000;

    @BeforeAll
    static void waitLongerThanPlaywrightsDefault() {
        PlaywrightAssertions.setDefaultAssertionTimeout(SETTLE_MS);
    }

    /** Per test rather than per class, so that a skip shows in the test counts with its reason. */
    @BeforeEach
    void findChromium() {
        Optional<Path> found = installedChromium();
        if (found.isEmpty() && browserRequired()) {
            fail("Chromium not installed (apt-get install chromium) but a browser is required here"
                    + " (CI=true or -Dqingfeng.browser.required=true)");
        }
        if (found.isEmpty()) {
            log.warn(MISSING);
        }
        assumeTrue(found.isPresent(), MISSING);
        chromium = found.get();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private static Page newPage() {
        return newPage(1280, 900);
    }

    private static Page newPage(int width, int height) {
        if (browser == null) {
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(launchOptions());
        }
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(width, height));
        // Not a timing goal: on two cores shared with the build's other JVMs a navigation or an htmx
        // round trip has been seen to pass Playwright's 30 s; what is checked is what the page shows.
        page.setDefaultTimeout(3 * SETTLE_MS);
        page.setDefaultNavigationTimeout(3 * SETTLE_MS);
        return page;
    }

    private static boolean browserRequired() {
        return Boolean.getBoolean("qingfeng.browser.required") || "true".equalsIgnoreCase(System.getenv("CI"));
    }

    @Test
    void showsTablesFilledByHtmxAndTheChartThenSwitchesToEnglish() {
        Page page = newPage();
        List<String> errors = recordErrors(page);
        page.navigate(baseUrl() + "/");

        assertThat(page.locator("#items-table tbody tr")).hasCount(2);
        assertThat(page.locator("#items-table")).containsText("工作作风");
        assertThat(page.locator("#items-table")).containsText("城关镇");
        assertThat(page.locator("#warnings-table")).containsText("县住房和城乡建设局");
        assertThat(page.locator("#warnings-table .badge-orange")).hasText("橙色预警 / Orange");
        assertThat(page.locator("#warnings-table .badge-overdue")).hasCount(1);
        assertChartReady(page, errors);
        assertThat(page.locator("#warnings-chart canvas")).isVisible();
        assertThat(page.content()).doesNotContain(BackendFixtures.CONFIDENTIAL_DESCRIPTION);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "console.png"))
                .setFullPage(true));

        page.locator("#language-switch").click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Qingfeng · Console");
        assertThat(page.locator("#items-heading")).hasText("Recent warning items");
        assertThat(page.locator("#items-table thead")).containsText("Subject area");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "console-en.png"))
                .setFullPage(true));
        assertThat(errors).as("browser console errors, such as CSP violations").isEmpty();
        page.close();
    }

    @Test
    void showsTheNetworkTreeAndFillsTheFormToChangeANode() {
        Page page = newPage();
        List<String> errors = recordErrors(page);
        page.navigate(baseUrl() + "/console/network");

        assertThat(page.locator("#network-tree > li")).hasCount(10);
        assertThat(page.locator("#network-tree li[data-code='330281-M01']")).containsText("县人民医院监测点");
        assertThat(page.locator("#network-tree li[data-code='330281-M01']")).containsText("医院");
        assertThat(page.locator("#network-tree li[data-code='330281-M01']")).containsText("县卫生健康局");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "console-network.png"))
                .setFullPage(true));

        page.locator("#network-tree li[data-code='330281-M01'] button").click();

        assertThat(page.locator("#node-code")).hasValue("330281-M01");
        assertThat(page.locator("#node-host")).hasValue("HOSPITAL");
        assertThat(errors).as("browser console errors").isEmpty();
        page.close();
    }

    @Test
    void appointsWithoutAnIdentityInAnyUrlAndClearsTheFormOnceAccepted() {
        Page page = newPage(390, 844);
        List<String> errors = recordErrors(page);
        List<String> urls = new CopyOnWriteArrayList<>();
        page.onRequest(request -> urls.add(request.url()));
        page.navigate(baseUrl() + "/console/informants?node=330281-101");
        assertThat(page.locator("#roster-table tbody tr")).hasCount(2);
        assertThat(page.locator("#roster-table")).not().containsText(BackendFixtures.CANARY_NAME);

        page.locator("#appoint-number").fill("QF-BROWSER-7");
        page.locator("#appoint-name").fill("司马清风");
        page.locator("#appoint-phone").fill("13700001111");
        page.locator("#appoint-home").selectOption(BackendFixtures.OUT_OF_LEVEL_HOME);
        page.locator("#appoint-by").selectOption("330281-WS");
        page.locator("#appoint-form button[type=submit]").click();

        assertThat(page.locator("#appoint-form-error-homeNodeCode")).containsText("工作站不能任命此级别的信息员");
        assertThat(page.locator("#appoint-name")).hasValue("司马清风");

        page.locator("#appoint-home").selectOption("330281-101-001");
        page.locator("#appoint-by").selectOption("330281-101");
        page.locator("#appoint-form button[type=submit]").click();

        assertThat(page.locator("#appoint-form-outcome")).containsText("已任命，令牌 inf-1A2B…2N3P");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "console-informants-phone.png"))
                .setFullPage(true));
        assertThat(page.locator("#appoint-number")).hasValue("");
        assertThat(page.locator("#appoint-name")).hasValue("");
        assertThat(page.locator("#appoint-phone")).hasValue("");
        assertThat(page.locator("#appoint-form-error-homeNodeCode")).isEmpty();
        assertThat(intake.lastRequest("POST", "/api/informants").text())
                .startsWith("{")
                .contains("\"number\":\"QF-BROWSER-7\"", "\"name\":\"司马清风\"", "\"phone\":\"13700001111\"")
                .contains("\"homeNodeCode\":\"330281-101-001\"", "\"roles\":[\"INTEGRITY\"]");
        assertThat(urls).isNotEmpty().noneMatch(url -> url.contains("QF-BROWSER") || url.contains("13700001111"));
        assertThat(intake.targets())
                .noneMatch(target -> target.contains("QF-BROWSER") || target.contains("13700001111"));
        assertThat(page.content()).doesNotContain("QF-BROWSER-7", "13700001111");
        assertThat(errors).as("browser console errors").isEmpty();
        page.close();
    }

    @Test
    void showsADismissRecommendationAndRecordsTheDecisionWithItsFigures() {
        Page page = newPage();
        List<String> errors = recordErrors(page);
        page.navigate(baseUrl() + "/console/assessment?year=2026");

        assertThat(page.locator("#ranking-row-1 .badge-dismiss")).hasText("解聘建议");
        assertThat(page.locator("#ranking-row-1")).containsText("不实信息过多");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "console-assessment.png"))
                .setFullPage(true));

        page.locator("#decide-1 input[name=reason]").fill("多次报送不实信息");
        page.locator("#decide-1 button[type=submit]").click();

        assertThat(page.locator("#decide-1")).hasText("已记录：解聘");
        assertThat(intake.lastRequest("POST", "/api/informants/decisions").text())
                .contains("\"informantToken\":\"" + BackendFixtures.DISMISSED_TOKEN + "\"")
                .contains("\"verdict\":\"DISMISS\"", "\"decidedBy\":\"330281-WS\"", "\"method\":\"assessment-1\"")
                .contains("\"figures\":[\"rank=2\",\"items=6\",\"adopted=1\",\"adoptedShare=0.1667\"");
        assertThat(errors).as("browser console errors").isEmpty();
        page.close();
    }

    @Test
    void drawsTheMonthlyDashboardsChartsAndItsFindings() {
        Page page = newPage();
        List<String> errors = recordErrors(page);
        page.navigate(baseUrl() + "/console/analysis?month=2026-11");

        for (String chart : List.of("#chart-township", "#chart-subject", "#chart-channel", "#chart-trend")) {
            assertThat(page.locator(chart)).hasAttribute("data-state", "ready");
            assertThat(page.locator(chart + " canvas")).isVisible();
        }
        assertThat(page.locator("#spark-0")).hasAttribute("data-state", "ready");
        assertThat(page.locator("#finding-0")).containsText("苗头性");
        assertThat(page.locator("#finding-0")).containsText("前三个月均为 0 条");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "console-analysis.png"))
                .setFullPage(true));

        page.locator("#publish-0 button[type=submit]").click();

        assertThat(page.locator("#publish-0")).hasText("已发布至处置");
        assertThat(errors).as("browser console errors").isEmpty();
        page.close();
    }

    @Test
    void listsTheTriageBoardAndRecordsADecision() {
        Page page = newPage();
        List<String> errors = recordErrors(page);
        page.navigate(baseUrl() + "/console/triage?month=2026-11");

        assertThat(page.locator("#triage-table tbody tr")).hasCount(2);
        assertThat(page.locator("#triage-row-0")).containsText("立即报送");
        assertThat(page.locator("#triage-excluded")).containsText("回避 2 条");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "console-triage.png"))
                .setFullPage(true));

        page.locator("#triage-0 select[name=severity]").selectOption("MODERATE");
        page.locator("#triage-0 button[type=submit]").click();

        assertThat(page.locator("#triage-0")).hasText("已记录：采用");
        assertThat(analysis.lastRequest("POST", "/api/triage").text())
                .contains("\"itemId\":\"" + AnalysisFixtures.URGENT_ITEM + "\"", "\"severity\":\"MODERATE\"");
        assertThat(errors).as("browser console errors").isEmpty();
        page.close();
    }

    @Test
    void opensAnIndexRowAndDrawsItsTrend() {
        Page page = newPage();
        List<String> errors = recordErrors(page);
        page.navigate(baseUrl() + "/console/index?quarter=2026-Q3");

        page.locator("#index-details-0 summary").click();

        assertThat(page.locator("#index-trend-0")).hasAttribute("data-state", "ready");
        assertThat(page.locator("#index-details-0")).containsText("红色预警");
        assertThat(errors).as("browser console errors").isEmpty();
        page.close();
    }

    @Test
    void drawsTheCasesByColourAndFiltersTheTableWithHtmx() {
        Page page = newPage();
        List<String> errors = recordErrors(page);
        // Not a timing goal: with the build's other JVMs on two cores (load average above 20 seen),
        // the sign-in round trip and the 1 MB chart library passed Playwright's 30 s once.
        page.navigate(baseUrl() + "/console/cases", new Page.NavigateOptions().setTimeout(3 * SETTLE_MS));

        assertThat(page.locator("#cases-chart")).hasAttribute("data-state", "ready");
        assertThat(page.locator("#cases-chart canvas")).isVisible();
        assertThat(page.evaluate(PAINTED, "#cases-chart canvas"))
                .as("the chart's canvas has painted pixels")
                .isEqualTo(true);
        assertThat(page.locator("#case-row-0 .badge-overdue")).hasText("逾期 / Overdue");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "console-cases.png"))
                .setFullPage(true));

        page.locator("#filter-colour").selectOption("RED");

        assertThat(page.locator("#cases-table")).isVisible();
        await().untilAsserted(() ->
                assertThat(disposal.lastQuery("GET", "/api/cases")).contains("colour=RED"));
        assertThat(errors).as("browser console errors").isEmpty();
        page.close();
    }

    private static BrowserType.LaunchOptions launchOptions() {
        return new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(ARGS);
    }

    /** Console errors, and any request that tries to leave 127.0.0.1 (it is aborted). */
    /** The chart drew; when it did not, the failure says what the page saw (script, request, error). */
    private static void assertChartReady(Page page, List<String> errors) {
        try {
            assertThat(page.locator("#warnings-chart")).hasAttribute("data-state", "ready");
        } catch (AssertionError notReady) {
            throw new AssertionError(
                    "chart not ready, data-state="
                            + page.locator("#warnings-chart").getAttribute("data-state") + ", browser saw: " + errors,
                    notReady);
        }
    }

    private static List<String> recordErrors(Page page) {
        List<String> errors = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        page.onPageError(error -> errors.add("page error: " + error));
        page.onRequestFailed(request -> errors.add("request failed: " + request.url() + " " + request.failure()));
        page.route("**/*", route -> {
            if ("127.0.0.1".equals(URI.create(route.request().url()).getHost())) {
                route.resume();
            } else {
                errors.add("left 127.0.0.1: " + route.request().url());
                route.abort();
            }
        });
        return errors;
    }

    private static Optional<Path> installedChromium() {
        String configured = System.getProperty("qingfeng.chromium", System.getenv("CHROMIUM_PATH"));
        Stream<Path> candidates = configured != null
                ? Stream.of(Path.of(configured))
                : Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .filter(dir -> !dir.isBlank())
                        .flatMap(dir -> Stream.of(Path.of(dir, "chromium"), Path.of(dir, "chromium-browser")));
        return candidates.filter(Files::isExecutable).findFirst();
    }
}
