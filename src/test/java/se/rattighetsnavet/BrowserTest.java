package se.rattighetsnavet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: Debian's Chromium driven by Selenium, one browser per test class, with an axe-core check
 * against the WCAG 2.1 A and AA rules. Without Chromium the tests are skipped locally, but on CI (CI=true) they must run.
 */
@IntegrationTest
public abstract class BrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	protected static WebDriver browser;
	private static Path profile;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!available && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but Chromium or ChromeDriver is missing: run .ci/run, which installs them");
		}
		Assumptions.assumeTrue(available, "Chromium not installed; browser tests skipped (they always run on CI)");
		profile = Files.createTempDirectory("rn-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
				"--user-data-dir=" + profile, "--window-size=1280,900", "--lang=sv-SE");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	@BeforeEach
	void freshSession() {
		browser.manage().window().setSize(new Dimension(1280, 900));
		open("/");
		browser.manage().deleteAllCookies();
	}

	/** Opens a page; a server error page fails the test at once rather than passing unnoticed. */
	protected void open(String path) {
		browser.get("http://localhost:" + port + path);
		assertThat(browser.findElements(By.cssSelector("[data-error-status^='5']"))).as("server error on " + path).isEmpty();
	}

	/** Waits for the element, since a click on a submit button returns before the next page has arrived. */
	protected WebElement find(String css) {
		return waiting().until(driver -> driver.findElement(By.cssSelector(css)));
	}

	protected List<WebElement> findAll(String css) {
		return browser.findElements(By.cssSelector(css));
	}

	protected WebDriverWait waiting() {
		// htmx replaces elements while a condition is polled; a stale element only means "look again"
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		// Chromium reports a node replaced by a navigation in the middle of a read this way
		wait.ignoring(org.openqa.selenium.WebDriverException.class);
		return wait;
	}

	/** Signs in through the form, as a person would. */
	protected void signIn(String email, String password) {
		open("/logga-in");
		find("#email").sendKeys(email);
		find("#password").sendKeys(password);
		find("main form button[type=submit]").click();
		waiting().until(driver -> !driver.getCurrentUrl().contains("/logga-in"));
	}

	/** Fails with every violation listed when the page breaks a WCAG 2.1 A/AA rule. */
	protected void assertAccessible() {
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
		List<Rule> violations = results.getViolations();
		String report = violations.stream()
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
		assertThat(violations).as("axe violations on %s:%n%s", browser.getCurrentUrl(), report).isEmpty();
	}

	/** Saves a screenshot under target/screenshots, for people to look at. */
	protected void screenshot(String name) {
		try {
			Path directory = Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
