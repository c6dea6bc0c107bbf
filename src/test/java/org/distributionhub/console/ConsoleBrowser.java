package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The console in a {@link HeadlessChromium} for the browser tests of a {@code RANDOM_PORT} Spring Boot test: one
 * browser a test class, started before the class's own {@code @BeforeAll} methods and closed after its
 * {@code @AfterAll} ones, pointed at the running hub, with the steps every browser test takes (signing in and out,
 * waiting for text, submitting, screenshots into target/screenshots, reading the browser's log). Register it on a
 * static field: {@code @RegisterExtension static final ConsoleBrowser console = new ConsoleBrowser();}.
 */
final class ConsoleBrowser implements BeforeAllCallback, AfterAllCallback {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private HeadlessChromium chromium;
	private int port;

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		port = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("local.server.port", Integer.class);
		chromium = HeadlessChromium.start();
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		if (chromium != null) {
			chromium.close();
			chromium = null;
		}
	}

	WebDriver browser() {
		return chromium.browser();
	}

	/** Waits (ten seconds at most) until the condition holds, and answers what it answered. */
	<T> T until(Function<? super WebDriver, T> condition) {
		return chromium.waiting().until(condition);
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	void open(String path) {
		browser().get(url(path));
	}

	WebElement find(By locator) {
		return browser().findElement(locator);
	}

	List<WebElement> findAll(By locator) {
		return browser().findElements(locator);
	}

	/** The text of the element once it shows. */
	String text(By locator) {
		return until(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
	}

	void type(By field, CharSequence... keys) {
		find(field).sendKeys(keys);
	}

	/** Clicks the element and waits until the page it was on has gone. */
	void submit(By locator) {
		var element = find(locator);
		element.click();
		untilGone(element);
	}

	/**
	 * Waits until the element has left the page. Chromium reports an element of a page it has just left either as
	 * stale or, while the next document is loading, as a node that "does not belong to the document"; both mean gone.
	 */
	void untilGone(WebElement element) {
		until(driver -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException | NoSuchElementException gone) {
				return true;
			}
			catch (WebDriverException failure) {
				if (failure.getMessage() != null && failure.getMessage().contains("does not belong to the document")) {
					return true;
				}
				throw failure;
			}
		});
	}

	/**
	 * Opens a console page in a fresh session, is sent to the sign-in page, signs in and waits to be back on the page
	 * asked for.
	 */
	void signInAt(String path, String username, String password) {
		if (browser().getCurrentUrl() != null && browser().getCurrentUrl().startsWith("http")) {
			browser().manage().deleteAllCookies();
		}
		open(path);
		until(ExpectedConditions.urlContains("/login"));
		type(By.id("username"), username);
		type(By.id("password"), password);
		find(By.id("sign-in")).click();
		until(ExpectedConditions.urlContains(path));
	}

	/** Fills in the sign-in page (opening it unless it shows) and waits for the answer, whichever it is. */
	void signInWith(String username, String password) {
		if (!browser().getCurrentUrl().contains("/login")) {
			open("/login");
		}
		type(By.id("username"), username);
		type(By.id("password"), password);
		submit(By.id("sign-in"));
	}

	void signOut() {
		find(By.cssSelector(".topbar .who button")).click();
		until(ExpectedConditions.urlContains("/login?logout"));
	}

	/** Marks the page, for {@link #stillTheSamePage()} to tell an htmx swap from a reload. */
	void markThePage() {
		((JavascriptExecutor) browser()).executeScript("window.stillTheSamePage = true;");
	}

	Object stillTheSamePage() {
		return ((JavascriptExecutor) browser()).executeScript("return window.stillTheSamePage === true;");
	}

	void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		var file = ((TakesScreenshot) browser()).getScreenshotAs(OutputType.FILE);
		Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	/** The browser's console since the last read: reading it empties it. */
	List<LogEntry> log() {
		return browser().manage().logs().get(LogType.BROWSER).getAll();
	}

	/** Nothing in the browser's console says the Content-Security-Policy refused something. */
	void assertThePolicyBlockedNothing(String description) {
		assertThat(log()).as(description)
			.noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
	}
}
