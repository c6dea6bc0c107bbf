package org.distributionhub.console.adapters.in.web;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import org.distributionhub.supplier.api.SupplierFormRejected;
import org.distributionhub.supplier.api.SupplierItemCommands;
import org.distributionhub.supplier.api.SupplierItemCommands.ItemForm;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A supplier's item cross-reference: every role pages and searches it; an ADMIN uploads the admin API's CSV (the
 * report names each refused row by its line), and adds, edits or removes one mapping.
 */
@Controller
class SupplierItemsController {

	static final int PAGE_SIZE = 50;

	/** As the admin API's upload. */
	static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

	private final SupplierItemCommands items;

	SupplierItemsController(SupplierItemCommands items) {
		this.items = items;
	}

	@GetMapping("/console/suppliers/{id}/items")
	String list(@PathVariable String id, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var found = items.items(id, q, Math.max(0, page), PAGE_SIZE)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No supplier " + id));
		model.addAttribute("supplierId", id);
		model.addAttribute("page", found);
		model.addAttribute("previousLink", link(id, q, page - 1));
		model.addAttribute("nextLink", link(id, q, page + 1));
		if (!model.containsAttribute("item")) {
			model.addAttribute("item", new ItemForm("", "", "", "EA", "EA", "1"));
		}
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", FormErrors.none());
		}
		return "console/supplier-items";
	}

	@PostMapping("/console/suppliers/{id}/items/upload")
	String upload(@PathVariable String id, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "merge") String mode, Authentication admin, Model model,
			HttpServletResponse response) throws IOException {
		if (file.isEmpty() || file.getSize() > MAX_UPLOAD_BYTES) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", file.isEmpty() ? "Choose a CSV file to upload."
					: "The file is larger than " + MAX_UPLOAD_BYTES / 1024 / 1024 + " MB: split it.");
			return list(id, "", 0, model);
		}
		var report = items.upload(id, file.getBytes(), "replace".equals(mode), admin.getName());
		model.addAttribute("upload", report);
		model.addAttribute("uploadName", Objects.requireNonNullElse(file.getOriginalFilename(), "the file"));
		if (!report.applied()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return list(id, "", 0, model);
	}

	@GetMapping("/console/suppliers/{id}/items/edit")
	String edit(@PathVariable String id, @RequestParam String part, Model model) {
		model.addAttribute("supplierId", id);
		model.addAttribute("item", items.item(id, part).orElseThrow(
				() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Supplier " + id + " has no part " + part)));
		model.addAttribute("problems", FormErrors.none());
		return "console/supplier-item";
	}

	/** Adds or changes one mapping: from the list page's add form or the edit page. */
	@PostMapping("/console/suppliers/{id}/items/save")
	String save(@PathVariable String id, @ModelAttribute ItemForm item,
			@RequestParam(defaultValue = "list") String from, Authentication admin, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			boolean added = items.save(id, item, admin.getName());
			redirect.addFlashAttribute("notice", (added ? "Added" : "Saved") + " the mapping of supplier part "
					+ Objects.requireNonNullElse(item.supplierPart(), "").strip() + ".");
			return "redirect:" + link(id, Objects.requireNonNullElse(item.supplierPart(), "").strip(), 0);
		}
		catch (SupplierFormRejected e) {
			FormErrors.show(e, model, response);
			model.addAttribute("item", item);
			if ("edit".equals(from)) {
				model.addAttribute("supplierId", id);
				return "console/supplier-item";
			}
			return list(id, "", 0, model);
		}
	}

	@PostMapping("/console/suppliers/{id}/items/delete")
	String delete(@PathVariable String id, @RequestParam String part, Authentication admin,
			RedirectAttributes redirect) {
		if (items.remove(id, part, admin.getName())) {
			redirect.addFlashAttribute("notice", "Removed the mapping of supplier part " + part.strip() + ".");
		}
		else {
			redirect.addFlashAttribute("error", "Supplier " + id + " has no mapping for part " + part + ".");
		}
		return "redirect:/console/suppliers/" + id + "/items";
	}

	private static String link(String id, @Nullable String q, int page) {
		var uri = UriComponentsBuilder.fromPath("/console/suppliers/{id}/items");
		if (q != null && !q.isBlank()) {
			uri.queryParam("q", q);
		}
		if (page > 0) {
			uri.queryParam("page", page);
		}
		return uri.buildAndExpand(id).encode().toUriString();
	}
}
