package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.distributionhub.console.ports.in.ManageConsoleUsers;
import org.distributionhub.console.ports.in.ManageConsoleUsers.CreateConsoleUserCommand;
import org.distributionhub.platform.api.StaffRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Users and sign-in in a real headless Chromium: an admin changes their own password, adds an operator (the form
 * offers AUDITOR first) who must choose a password at the first sign-in, resets and then disables that operator
 * (each after a confirmation), unlocks a user that failed sign-ins locked, and finds all of it in the audit trail.
 * The scenarios run in order in one browser; screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UsersBrowserIT {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	ManageConsoleUsers users;

	@Autowired
	JdbcClient jdbc;

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final String chief = "chief-" + run;
	private final String operator = "op-" + run;
	private final String locked = "locked-" + run;
	private String chiefPassword = "Chief's first passphrase";
	private String operatorPassword = "Operator's given passphrase";
	private HeadlessChromium chromium;
	private WebDriver browser;
	private WebDriverWait wait;

	@BeforeAll
	void startChromium() throws IOException {
		users.create(new CreateConsoleUserCommand(chief, StaffRole.ADMIN, chiefPassword, "test"));
		users.create(new CreateConsoleUserCommand(locked, StaffRole.AUDITOR, "Locked user's passphrase", "test"));
		chromium = HeadlessChromium.start();
		browser = chromium.browser();
		wait = chromium.waiting();
	}

	@AfterAll
	void stopChromium() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
		for (String name : new String[] { chief, operator, locked }) {
			jdbc.sql("DELETE FROM console_user WHERE username = ?").param(name).update();
		}
	}

	@Test
	@Order(1)
	void aSignedInAdminChangesTheirPassword() throws IOException {
		signInWith(chief, chiefPassword);
		browser.findElement(By.cssSelector(".topbar .who a.account")).click();
		wait.until(ExpectedConditions.urlContains("/console/account/password"));

		changePassword(chiefPassword, "Chief's chosen passphrase");
		assertThat(text(By.cssSelector(".alert.success"))).isEqualTo("Your password was changed.");
		screenshot("change-password");
		chiefPassword = "Chief's chosen passphrase";
		signOut();

		signInWith(chief, "Chief's first passphrase");
		assertThat(text(By.cssSelector(".alert.error"))).isEqualTo("Wrong username or password.");
		signInWith(chief, chiefPassword);
		wait.until(ExpectedConditions.urlContains("/console"));
		assertThat(text(By.cssSelector(".topbar .user"))).isEqualTo(chief);
	}

	@Test
	@Order(2)
	void anOperatorAddedByTheAdminMustChooseAPasswordAtTheFirstSignIn() throws IOException {
		browser.get(url("/console/users"));
		var role = new Select(browser.findElement(By.id("new-role")));
		assertThat(role.getFirstSelectedOption().getText()).as("the least role first").isEqualTo("AUDITOR");
		assertThat(browser.findElement(By.id("new-must-change")).isSelected()).isTrue();
		browser.findElement(By.id("new-username")).sendKeys(operator);
		role.selectByValue("OPERATOR");
		browser.findElement(By.id("new-password")).sendKeys("abcabcabcabc");
		browser.findElement(By.cssSelector("form.action-panel button[type=submit]")).click();
		assertThat(text(By.cssSelector(".alert.error"))).contains("must not repeat one character or group");
		browser.findElement(By.id("new-username")).clear();
		browser.findElement(By.id("new-username")).sendKeys(operator);
		new Select(browser.findElement(By.id("new-role"))).selectByValue("OPERATOR");
		browser.findElement(By.id("new-password")).sendKeys(operatorPassword);
		browser.findElement(By.cssSelector("form.action-panel button[type=submit]")).click();
		assertThat(text(By.cssSelector(".alert.success")))
			.isEqualTo("Added console user '" + operator + "' with role OPERATOR.");
		signOut();

		signInWith(operator, operatorPassword);
		wait.until(ExpectedConditions.urlContains("/console/account/password"));
		assertThat(text(By.id("must-change"))).contains("choose your own before using the console");
		browser.get(url("/console/events"));
		wait.until(ExpectedConditions.urlContains("/console/account/password"));
		screenshot("must-change-password");

		changePassword(operatorPassword, "Operator's own passphrase");
		operatorPassword = "Operator's own passphrase";
		browser.findElement(By.id("continue")).click();
		wait.until(ExpectedConditions.urlMatches(".*/console$"));
		browser.get(url("/console/events"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Event log");
		signOut();
	}

	@Test
	@Order(3)
	void theAdminResetsAndThenDisablesTheOperatorWhoCanNoLongerSignIn() throws IOException {
		signInWith(chief, chiefPassword);
		browser.get(url("/console/users"));
		confirm(row(operator).findElement(By.cssSelector("button.reset")));
		String oneTime = text(By.cssSelector("#one-time code"));
		assertThat(oneTime).hasSize(24);
		assertThat(row(operator).getText()).contains("MUST CHANGE PASSWORD");
		browser.navigate().refresh();
		assertThat(browser.findElements(By.id("one-time"))).as("shown once").isEmpty();

		confirm(row(operator).findElement(By.cssSelector("button.disable")));
		assertThat(text(By.cssSelector(".alert.success")))
			.isEqualTo("Disabled '" + operator + "': they can no longer sign in.");
		assertThat(row(operator).getText()).contains("DISABLED");
		screenshot("users");
		signOut();

		signInWith(operator, oneTime);
		assertThat(text(By.cssSelector(".alert.error"))).isEqualTo("This user is disabled; ask an admin to enable it.");
	}

	@Test
	@Order(4)
	void aUserLockedByFailedSignInsIsUnlockedByTheAdmin() throws IOException {
		for (int i = 1; i <= 5; i++) {
			signInWith(locked, "guessing-number-" + i);
		}
		assertThat(text(By.cssSelector(".alert.error"))).startsWith("Too many failed sign-ins; try again in 15");

		signInWith(chief, chiefPassword);
		browser.get(url("/console/users"));
		assertThat(row(locked).getText()).contains("LOCKED until");
		row(locked).findElement(By.cssSelector("button.unlock")).click();
		assertThat(text(By.cssSelector(".alert.success"))).isEqualTo("Unlocked '" + locked + "': they may sign in again.");
		signOut();

		signInWith(locked, "Locked user's passphrase");
		wait.until(ExpectedConditions.urlMatches(".*/console$"));
		assertThat(text(By.cssSelector(".topbar .user"))).isEqualTo(locked);
		signOut();
	}

	@Test
	@Order(5)
	void eachOfTheseIsInTheAuditTrail() throws IOException {
		signInWith(chief, chiefPassword);
		browser.get(url("/console/audit?text=" + run));
		String trail = text(By.cssSelector("main"));
		assertThat(trail).contains("CHANGE_CONSOLE_PASSWORD", "CREATE_CONSOLE_USER", "RESET_CONSOLE_PASSWORD",
				"DISABLE_CONSOLE_USER", "CONSOLE_SIGN_IN_FAILED", "CONSOLE_SIGN_IN_LOCKED", "UNLOCK_CONSOLE_USER");
		screenshot("audit-users");
	}

	private void changePassword(String current, String next) {
		browser.findElement(By.id("current-password")).sendKeys(current);
		browser.findElement(By.id("new-password")).sendKeys(next);
		browser.findElement(By.id("repeat-password")).sendKeys(next);
		var button = browser.findElement(By.id("change-password"));
		button.click();
		wait.until(ExpectedConditions.stalenessOf(button));
	}

	/** Clicks a button whose form asks for confirmation, and confirms. */
	private void confirm(WebElement button) {
		button.click();
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.stalenessOf(button));
	}

	private WebElement row(String username) {
		return browser.findElement(By.cssSelector("#users tr[data-user='" + username + "']"));
	}

	private void signInWith(String username, String password) {
		if (!browser.getCurrentUrl().contains("/login")) {
			browser.get(url("/login"));
		}
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		var form = browser.findElement(By.id("sign-in"));
		form.click();
		wait.until(ExpectedConditions.stalenessOf(form));
	}

	private void signOut() {
		var button = browser.findElement(By.cssSelector(".topbar .who button"));
		button.click();
		wait.until(ExpectedConditions.urlContains("/login?logout"));
	}

	private String text(By locator) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	private void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		var file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}
}
