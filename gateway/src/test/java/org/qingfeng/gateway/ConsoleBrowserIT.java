package org.qingfeng.gateway;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console in a real browser: the installed Chromium (never a downloaded one), headless, and
 * only ever pointed at 127.0.0.1. Without Chromium it skips and says so, unless
 * {@code -Dqingfeng.browser.required=true} or in CI ({@code CI=true}), where it fails.
 */
class ConsoleBrowserIT extends StubbedGateway {

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

    Path chromium;

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

    private static boolean browserRequired() {
        return Boolean.getBoolean("qingfeng.browser.required") || "true".equalsIgnoreCase(System.getenv("CI"));
    }

    @Test
    void showsTablesFilledByHtmxAndTheChartThenSwitchesToEnglish() {
        Playwright.CreateOptions options =
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        try (Playwright playwright = Playwright.create(options);
                Browser browser = playwright.chromium().launch(launchOptions())) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
            List<String> errors = recordErrors(page);
            page.navigate(baseUrl() + "/");

            assertThat(page.locator("#items-table tbody tr")).hasCount(2);
            assertThat(page.locator("#items-table")).containsText("工作作风");
            assertThat(page.locator("#items-table")).containsText("城关镇");
            assertThat(page.locator("#warnings-table")).containsText("县住房和城乡建设局");
            assertThat(page.locator("#warnings-table .badge-red")).hasText("红色预警");
            assertThat(page.locator("#warnings-chart")).hasAttribute("data-state", "ready");
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
            assertThat(errors)
                    .as("browser console errors, such as CSP violations")
                    .isEmpty();
        }
    }

    private BrowserType.LaunchOptions launchOptions() {
        return new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(ARGS);
    }

    /** Console errors, and any request that tries to leave 127.0.0.1 (it is aborted). */
    private static List<String> recordErrors(Page page) {
        List<String> errors = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
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
