package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
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

	@RegisterExtension
	static final ConsoleBrowser console = new ConsoleBrowser();

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

	@BeforeAll
	void theUsers() {
		users.create(new CreateConsoleUserCommand(chief, StaffRole.ADMIN, chiefPassword, "test"));
		users.create(new CreateConsoleUserCommand(locked, StaffRole.AUDITOR, "Locked user's passphrase", "test"));
	}

	@AfterAll
	void removeTheUsers() {
		for (String name : new String[] { chief, operator, locked }) {
			jdbc.sql("DELETE FROM console_user WHERE username = ?").param(name).update();
		}
	}

	@Test
	@Order(1)
	void aSignedInAdminChangesTheirPassword() throws IOException {
		console.signInWith(chief, chiefPassword);
		console.find(By.cssSelector(".topbar .who a.account")).click();
		console.until(ExpectedConditions.urlContains("/console/account/password"));

		changePassword(chiefPassword, "Chief's chosen passphrase");
		assertThat(console.text(By.cssSelector(".alert.success"))).isEqualTo("Your password was changed.");
		console.screenshot("change-password");
		chiefPassword = "Chief's chosen passphrase";
		console.signOut();

		console.signInWith(chief, "Chief's first passphrase");
		assertThat(console.text(By.cssSelector(".alert.error"))).isEqualTo("Wrong username or password.");
		console.signInWith(chief, chiefPassword);
		console.until(ExpectedConditions.urlContains("/console"));
		assertThat(console.text(By.cssSelector(".topbar .user"))).isEqualTo(chief);
	}

	@Test
	@Order(2)
	void anOperatorAddedByTheAdminMustChooseAPasswordAtTheFirstSignIn() throws IOException {
		console.open("/console/users");
		var role = new Select(console.find(By.id("new-role")));
		assertThat(role.getFirstSelectedOption().getText()).as("the least role first").isEqualTo("AUDITOR");
		assertThat(console.find(By.id("new-must-change")).isSelected()).isTrue();
		console.find(By.id("new-username")).sendKeys(operator);
		role.selectByValue("OPERATOR");
		console.find(By.id("new-password")).sendKeys("abcabcabcabc");
		console.find(By.cssSelector("form.action-panel button[type=submit]")).click();
		assertThat(console.text(By.cssSelector(".alert.error"))).contains("must not repeat one character or group");
		console.find(By.id("new-username")).clear();
		console.find(By.id("new-username")).sendKeys(operator);
		new Select(console.find(By.id("new-role"))).selectByValue("OPERATOR");
		console.find(By.id("new-password")).sendKeys(operatorPassword);
		console.find(By.cssSelector("form.action-panel button[type=submit]")).click();
		assertThat(console.text(By.cssSelector(".alert.success")))
			.isEqualTo("Added console user '" + operator + "' with role OPERATOR.");
		console.signOut();

		console.signInWith(operator, operatorPassword);
		console.until(ExpectedConditions.urlContains("/console/account/password"));
		assertThat(console.text(By.id("must-change"))).contains("choose your own before using the console");
		console.open("/console/events");
		console.until(ExpectedConditions.urlContains("/console/account/password"));
		console.screenshot("must-change-password");

		changePassword(operatorPassword, "Operator's own passphrase");
		operatorPassword = "Operator's own passphrase";
		console.find(By.id("continue")).click();
		console.until(ExpectedConditions.urlMatches(".*/console$"));
		console.open("/console/events");
		assertThat(console.text(By.tagName("h1"))).isEqualTo("Event log");
		console.signOut();
	}

	@Test
	@Order(3)
	void theAdminResetsAndThenDisablesTheOperatorWhoCanNoLongerSignIn() throws IOException {
		console.signInWith(chief, chiefPassword);
		console.open("/console/users");
		confirm(row(operator).findElement(By.cssSelector("button.reset")));
		String oneTime = console.text(By.cssSelector("#one-time code"));
		assertThat(oneTime).hasSize(24);
		assertThat(row(operator).getText()).contains("MUST CHANGE PASSWORD");
		console.browser().navigate().refresh();
		assertThat(console.findAll(By.id("one-time"))).as("shown once").isEmpty();

		confirm(row(operator).findElement(By.cssSelector("button.disable")));
		assertThat(console.text(By.cssSelector(".alert.success")))
			.isEqualTo("Disabled '" + operator + "': they can no longer sign in.");
		assertThat(row(operator).getText()).contains("DISABLED");
		console.screenshot("users");
		console.signOut();

		console.signInWith(operator, oneTime);
		assertThat(console.text(By.cssSelector(".alert.error")))
			.isEqualTo("This user is disabled; ask an admin to enable it.");
	}

	@Test
	@Order(4)
	void aUserLockedByFailedSignInsIsUnlockedByTheAdmin() throws IOException {
		for (int i = 1; i <= 5; i++) {
			console.signInWith(locked, "guessing-number-" + i);
		}
		assertThat(console.text(By.cssSelector(".alert.error")))
			.startsWith("Too many failed sign-ins; try again in 15");

		console.signInWith(chief, chiefPassword);
		console.open("/console/users");
		assertThat(row(locked).getText()).contains("LOCKED until");
		row(locked).findElement(By.cssSelector("button.unlock")).click();
		assertThat(console.text(By.cssSelector(".alert.success")))
			.isEqualTo("Unlocked '" + locked + "': they may sign in again.");
		console.signOut();

		console.signInWith(locked, "Locked user's passphrase");
		console.until(ExpectedConditions.urlMatches(".*/console$"));
		assertThat(console.text(By.cssSelector(".topbar .user"))).isEqualTo(locked);
		console.signOut();
	}

	@Test
	@Order(5)
	void eachOfTheseIsInTheAuditTrail() throws IOException {
		console.signInWith(chief, chiefPassword);
		console.open("/console/audit?text=" + run);
		String trail = console.text(By.cssSelector("main"));
		assertThat(trail).contains("CHANGE_CONSOLE_PASSWORD", "CREATE_CONSOLE_USER", "RESET_CONSOLE_PASSWORD",
				"DISABLE_CONSOLE_USER", "CONSOLE_SIGN_IN_FAILED", "CONSOLE_SIGN_IN_LOCKED", "UNLOCK_CONSOLE_USER");
		console.screenshot("audit-users");
	}

	private void changePassword(String current, String next) {
		console.type(By.id("current-password"), current);
		console.type(By.id("new-password"), next);
		console.type(By.id("repeat-password"), next);
		console.submit(By.id("change-password"));
	}

	/** Clicks a button whose form asks for confirmation, and confirms. */
	private void confirm(WebElement button) {
		button.click();
		console.until(ExpectedConditions.alertIsPresent()).accept();
		console.untilGone(button);
	}

	private WebElement row(String username) {
		return console.find(By.cssSelector("#users tr[data-user='" + username + "']"));
	}
}
