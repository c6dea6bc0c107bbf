package org.distributionhub.console.adapters.in.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.supplier.api.SupplierFormRejected;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletResponse;

/** A refused form shown again: the problems by field for the template, a summary on top, status 400. */
final class FormErrors {

	private FormErrors() {
	}

	static Map<String, List<String>> none() {
		return Map.of();
	}

	static void show(SupplierFormRejected rejected, Model model, HttpServletResponse response) {
		var byField = new LinkedHashMap<String, List<String>>();
		rejected.problems().forEach(it -> byField.computeIfAbsent(it.field(), field -> new ArrayList<>())
			.add(it.message()));
		model.addAttribute("problems", byField);
		model.addAttribute("error", byField.size() == 1 ? "Nothing was saved: one field needs a change."
				: "Nothing was saved: " + byField.size() + " fields need a change.");
		response.setStatus(HttpStatus.BAD_REQUEST.value());
	}
}
