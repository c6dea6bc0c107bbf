package org.distributionhub.console.adapters.in.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, with why the last attempt failed (or a session ended); Spring Security handles the POST. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(HttpServletRequest request, @Nullable Authentication authentication, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/console";
		}
		var parameters = request.getParameterMap();
		model.addAttribute("error", parameters.containsKey("error"));
		model.addAttribute("lockedMinutes", minutes(request.getParameter("locked")));
		model.addAttribute("loggedOut", parameters.containsKey("logout"));
		model.addAttribute("disabled", parameters.containsKey("disabled"));
		return "console/login";
	}

	private static @Nullable Long minutes(@Nullable String locked) {
		if (locked == null) {
			return null;
		}
		try {
			return Math.max(1, Math.min(24 * 60, Long.parseLong(locked)));
		}
		catch (NumberFormatException e) {
			return 1L;
		}
	}
}
