package org.distributionhub.console.adapters.in.web;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.distributionhub.console.ports.in.ManageConsoleUsers;
import org.distributionhub.console.ports.in.ManageConsoleUsers.CreateConsoleUserCommand;
import org.distributionhub.console.ports.in.ManageConsoleUsers.UnknownConsoleUser;
import org.distributionhub.platform.api.StaffRole;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's users: add one (AUDITOR unless chosen otherwise), disable, enable, re-role, reset and unlock; only
 * an ADMIN gets here. Every action answers with a redirect to the list (POST-redirect-GET); a one-time password is
 * shown once through the flash. A refused action (on oneself, on the last enabled ADMIN) is a 409 with the reason.
 */
@Controller
class UsersController {

	private final ManageConsoleUsers users;

	UsersController(ManageConsoleUsers users) {
		this.users = users;
	}

	@GetMapping("/console/users")
	String users(Model model) {
		model.addAttribute("users", users.list());
		model.addAttribute("roles", StaffRole.values());
		if (!model.containsAttribute("role")) {
			model.addAttribute("role", StaffRole.AUDITOR.name());
		}
		return "console/users";
	}

	@PostMapping("/console/users")
	String create(@RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String role,
			@RequestParam(required = false) @Nullable String password,
			@RequestParam(required = false) @Nullable String mustChange, Authentication admin,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			var created = users.create(new CreateConsoleUserCommand(Objects.requireNonNullElse(username, ""),
					role(role), Objects.requireNonNullElse(password, ""), admin.getName(), mustChange != null));
			redirect.addFlashAttribute("notice",
					"Added console user '" + created.username() + "' with role " + created.role() + ".");
			return "redirect:/console/users";
		}
		catch (IllegalArgumentException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", e.getMessage());
			model.addAttribute("username", username);
			model.addAttribute("role", Objects.requireNonNullElse(role, StaffRole.AUDITOR.name()));
			return users(model);
		}
	}

	@PostMapping("/console/users/{username}/disable")
	String disable(@PathVariable String username, Authentication admin, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return act(() -> {
			users.setEnabled(admin.getName(), username, false);
			return "Disabled '" + username + "': they can no longer sign in.";
		}, response, model, redirect);
	}

	@PostMapping("/console/users/{username}/enable")
	String enable(@PathVariable String username, Authentication admin, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return act(() -> {
			users.setEnabled(admin.getName(), username, true);
			return "Enabled '" + username + "': they may sign in again.";
		}, response, model, redirect);
	}

	@PostMapping("/console/users/{username}/role")
	String changeRole(@PathVariable String username, @RequestParam(required = false) @Nullable String role,
			Authentication admin, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return act(() -> {
			var newRole = role(role);
			users.changeRole(admin.getName(), username, newRole);
			return "'" + username + "' now has role " + newRole + ".";
		}, response, model, redirect);
	}

	@PostMapping("/console/users/{username}/reset")
	String reset(@PathVariable String username, Authentication admin, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return act(() -> {
			redirect.addFlashAttribute("oneTimePassword", users.resetPassword(admin.getName(), username));
			redirect.addFlashAttribute("oneTimeUser", username);
			return "Reset the password of '" + username + "'. Give them this one-time password; they must change it"
					+ " when they sign in. It is shown only now.";
		}, response, model, redirect);
	}

	@PostMapping("/console/users/{username}/unlock")
	String unlock(@PathVariable String username, Authentication admin, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return act(() -> users.unlock(admin.getName(), username) ? "Unlocked '" + username
				+ "': they may sign in again." : "'" + username + "' was not locked.", response, model, redirect);
	}

	/** Runs the action, whose answer is the notice shown after the redirect; a refusal is shown with its reason. */
	private String act(Supplier<String> action, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("notice", action.get());
			return "redirect:/console/users";
		}
		catch (UnknownConsoleUser e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage(), e);
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			response.setStatus((e instanceof IllegalStateException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST)
				.value());
			model.addAttribute("error", e.getMessage());
			return users(model);
		}
	}

	private static StaffRole role(@Nullable String role) {
		try {
			return StaffRole.valueOf(Objects.requireNonNullElse(role, "").strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Choose a role: ADMIN, OPERATOR or AUDITOR");
		}
	}
}
