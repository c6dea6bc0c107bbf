package org.distributionhub.console.adapters.in.web;

import java.util.Objects;

import org.distributionhub.console.ports.in.ManageOwnAccount;
import org.distributionhub.console.ports.in.ManageOwnAccount.AccountState;
import org.distributionhub.console.ports.in.ManageOwnAccount.ChangeOwnPasswordCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in user changes their own password, giving the current one; a user whose password was generated or reset
 * is held here until they do. Open to every role.
 */
@Controller
class AccountController {

	static final String PAGE = "/console/account/password";

	private final ManageOwnAccount accounts;

	AccountController(ManageOwnAccount accounts) {
		this.accounts = accounts;
	}

	@GetMapping(PAGE)
	String page(Authentication user, Model model) {
		model.addAttribute("mustChange", accounts.account(user.getName()).map(AccountState::mustChangePassword)
			.orElse(false));
		return "console/account-password";
	}

	@PostMapping(PAGE)
	String change(@RequestParam(required = false) @Nullable String currentPassword,
			@RequestParam(required = false) @Nullable String newPassword,
			@RequestParam(required = false) @Nullable String repeatPassword, Authentication user,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		String next = Objects.requireNonNullElse(newPassword, "");
		try {
			if (!next.equals(Objects.requireNonNullElse(repeatPassword, ""))) {
				throw new IllegalArgumentException("The new password and its repetition differ");
			}
			accounts.changePassword(new ChangeOwnPasswordCommand(user.getName(),
					Objects.requireNonNullElse(currentPassword, ""), next, request.getRemoteAddr()));
		}
		catch (IllegalArgumentException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", e.getMessage());
			return page(user, model);
		}
		// A new password, a new session id: whoever learned the old id before the change learns nothing from it.
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		redirect.addFlashAttribute("notice", "Your password was changed.");
		return "redirect:" + PAGE;
	}
}
