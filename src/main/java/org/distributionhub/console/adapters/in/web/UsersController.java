package org.distributionhub.console.adapters.in.web;

import java.util.Locale;
import java.util.Objects;

import org.distributionhub.console.ports.in.ManageConsoleUsers;
import org.distributionhub.console.ports.in.ManageConsoleUsers.CreateConsoleUserCommand;
import org.distributionhub.platform.api.StaffRole;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The console's users and a form to add one with a role; only an ADMIN gets here. */
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
		return "console/users";
	}

	@PostMapping("/console/users")
	String create(@RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String role,
			@RequestParam(required = false) @Nullable String password, Authentication admin,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			var created = users.create(new CreateConsoleUserCommand(Objects.requireNonNullElse(username, ""),
					role(role), Objects.requireNonNullElse(password, ""), admin.getName()));
			redirect.addFlashAttribute("notice",
					"Added console user '" + created.username() + "' with role " + created.role() + ".");
			return "redirect:/console/users";
		}
		catch (IllegalArgumentException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", e.getMessage());
			model.addAttribute("username", username);
			model.addAttribute("role", role);
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
