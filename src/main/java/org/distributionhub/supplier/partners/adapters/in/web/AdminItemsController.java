package org.distributionhub.supplier.partners.adapters.in.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import org.distributionhub.platform.api.AnswersSuccess;
import org.distributionhub.platform.problems.FieldPaths;
import org.distributionhub.platform.problems.InvalidParameter;
import org.distributionhub.supplier.partners.adapters.in.files.ItemCsv;
import org.distributionhub.supplier.partners.ports.in.FieldProblem;
import org.distributionhub.supplier.partners.ports.in.FindSuppliers;
import org.distributionhub.supplier.partners.ports.in.FindSuppliers.ItemPage;
import org.distributionhub.supplier.partners.ports.in.ItemImportMode;
import org.distributionhub.supplier.partners.ports.in.ItemImportReport;
import org.distributionhub.supplier.partners.ports.in.ItemMappingView;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.ImportItemsCommand;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.RemoveItemCommand;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.SaveItemCommand;
import org.distributionhub.supplier.partners.ports.in.SupplierDataRejected;
import org.distributionhub.supplier.partners.ports.in.SupplierNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

/**
 * A supplier's item cross-reference: GET pages through it by supplier part; PUT sets one mapping; DELETE removes
 * one; POST text/csv uploads many (columns as in config/partners/*-items.csv), merged by default or replacing the
 * whole cross-reference with {@code ?mode=replace}, answered with a report per row.
 */
@RestController
@RequestMapping("/api/v1/admin/suppliers/{supplierId}/items")
class AdminItemsController {

	static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

	/** The body of a PUT: the mapping of the supplier part named in the path. */
	record ItemBody(@Nullable String sku, @Nullable String gtin, @Nullable String supplierUnit,
			@Nullable String ourUnit, @Nullable String factor) {
	}

	private final FindSuppliers find;
	private final ManageSuppliers manage;

	AdminItemsController(FindSuppliers find, ManageSuppliers manage) {
		this.find = find;
		this.manage = manage;
	}

	@GetMapping
	ItemPage page(@PathVariable String supplierId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		if (page < 0) {
			throw new InvalidParameter("page", "A page number is 0 or more");
		}
		if (size < 1 || size > 1000) {
			throw new InvalidParameter("size", "A page holds 1 to 1000 mappings");
		}
		return find.items(supplierId, page, size);
	}

	@AnswersSuccess(value = { 200, 201 }, descriptions = { "The mapping was replaced", "A new mapping was created" })
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "One item cross-reference: our SKU for the supplier's part, and the unit conversion",
			content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = ItemBody.class),
			examples = @ExampleObject(name = "a case of twelve", value = """
					{"sku": "SKU-100", "gtin": "00012345678905", "supplierUnit": "CS", "ourUnit": "EA", "factor": "12"}
					""")))
	@PutMapping(path = "/{supplierPart}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ItemMappingView> put(@PathVariable String supplierId, @PathVariable String supplierPart,
			@RequestBody JsonNode body, Authentication staff) {
		var item = StrictJson.read(body, ItemBody.class);
		var outcome = manage.saveItem(new SaveItemCommand(supplierId, new ItemRow(0, supplierPart, item.sku(),
				item.gtin(), item.supplierUnit(), item.ourUnit(), item.factor()), staff.getName()));
		return outcome.created()
				? ResponseEntity.created(URI.create("/api/v1/admin/suppliers/" + supplierId + "/items/"
						+ outcome.item().supplierPart())).body(outcome.item())
				: ResponseEntity.ok(outcome.item());
	}

	@AnswersSuccess(value = 204, descriptions = "The mapping was removed")
	@DeleteMapping("/{supplierPart}")
	ResponseEntity<Void> remove(@PathVariable String supplierId, @PathVariable String supplierPart,
			Authentication staff) {
		if (!manage.removeItem(new RemoveItemCommand(supplierId, supplierPart, staff.getName()))) {
			throw new SupplierNotFound("Supplier " + supplierId + " has no mapping for part " + supplierPart);
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping(consumes = { "text/csv", "application/csv", MediaType.TEXT_PLAIN_VALUE })
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "Item cross-references as CSV with a header row (supplier_part and sku required)",
			required = true, content = { @Content(mediaType = "text/csv",
					schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string"),
					examples = @ExampleObject(name = "items", value = """
							supplier_part,sku,gtin,supplier_unit,our_unit,factor
							VP-100,SKU-100,,CS,EA,12
							VP-200,SKU-200,00012345678905,EA,EA,1
							""")) })
	ResponseEntity<Object> upload(@PathVariable String supplierId,
			@RequestParam(defaultValue = "merge") String mode, HttpServletRequest request, Authentication staff)
			throws IOException {
		ItemImportMode importMode = mode(mode);
		byte[] content = request.getInputStream().readNBytes(MAX_UPLOAD_BYTES + 1);
		if (content.length > MAX_UPLOAD_BYTES) {
			throw new UploadTooLarge(MAX_UPLOAD_BYTES);
		}
		var parsed = ItemCsv.read(content);
		if (!parsed.fileProblems().isEmpty()) {
			throw new SupplierDataRejected(
					parsed.fileProblems().stream().map(it -> new FieldProblem(FieldPaths.BODY, it)).toList());
		}
		ItemImportReport report = manage.importItems(new ImportItemsCommand(supplierId, parsed.rows(),
				parsed.unreadable(), importMode, staff.getName(), "CSV upload through the admin API"));
		if (!report.applied()) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(SupplierApiProblems.unusable(report));
		}
		return ResponseEntity.ok(report);
	}

	private static ItemImportMode mode(String mode) {
		try {
			return ItemImportMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidParameter("mode", "'" + mode + "' is no upload mode: use merge or replace");
		}
	}
}
