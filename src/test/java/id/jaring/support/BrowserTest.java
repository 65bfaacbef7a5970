package id.jaring.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Base of the browser tests: the real application on a random port, driven by Playwright in
 * Debian's chromium. The test command installs chromium; a missing browser fails the test
 * rather than skipping it, so CI can never pass without running these.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("JARING_CHROMIUM", "/usr/bin/chromium"));
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static synchronized void launchBrowser() {
        if (browser != null) {
            return;
        }
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Debian's chromium at " + CHROMIUM
                    + ": run ./scripts/test.sh, which installs it");
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            browser.close();
            playwright.close();
        }, "playwright-stop"));
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("id-ID"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** Logs in through the login page and waits until the page names the user. */
    protected void logIn(String username, String password) {
        page.navigate("/login");
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("button[type=submit]");
        assertThat(page.locator(".who")).hasText(username);
    }
}
