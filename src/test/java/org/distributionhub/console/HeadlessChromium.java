package org.distributionhub.console;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium driven headless through its own driver, with a fresh profile under target/chromium: the browser
 * tests never download a browser or a driver, and fail with a message saying what to install when they are missing.
 */
final class HeadlessChromium implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final Path profile;
	private final ChromeDriverService service;
	private final WebDriver browser;
	private final WebDriverWait wait;

	private HeadlessChromium(Path profile, ChromeDriverService service, WebDriver browser) {
		this.profile = profile;
		this.service = service;
		this.browser = browser;
		this.wait = new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	static HeadlessChromium start() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			fail("The browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
					+ " (apt-get install chromium chromium-driver); they never download a browser or a driver.");
		}
		Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target", "chromium")), "profile-");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		return new HeadlessChromium(profile, service, new ChromeDriver(service, options));
	}

	WebDriver browser() {
		return browser;
	}

	WebDriverWait waiting() {
		return wait;
	}

	@Override
	public void close() throws IOException {
		browser.quit();
		service.stop();
		FileSystemUtils.deleteRecursively(profile);
	}
}
