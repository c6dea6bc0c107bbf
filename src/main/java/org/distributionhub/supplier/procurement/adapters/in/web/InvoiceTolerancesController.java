package org.distributionhub.supplier.procurement.adapters.in.web;

import java.math.BigDecimal;
import java.security.Principal;

import org.distributionhub.platform.api.AnswersSuccess;
import org.distributionhub.supplier.procurement.ports.in.ManageInvoiceTolerances;
import org.distributionhub.supplier.procurement.ports.in.ManageInvoiceTolerances.TolerancesView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A supplier's invoice match tolerances for an ADMIN: GET answers those in force ({@code source} SUPPLIER or
 * DEFAULT), PUT sets the supplier's own (all fields), audited. A difference passes within the percent or the amount.
 */
@RestController
@RequestMapping("/api/v1/admin/suppliers/{supplierId}/invoice-tolerances")
@Validated
class InvoiceTolerancesController {

	private final ManageInvoiceTolerances tolerances;

	InvoiceTolerancesController(ManageInvoiceTolerances tolerances) {
		this.tolerances = tolerances;
	}

	@GetMapping
	TolerancesView get(@PathVariable String supplierId) {
		return tolerances.tolerances(supplierId);
	}

	@AnswersSuccess(value = 200, descriptions = "The supplier's own tolerances, now in force")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The supplier's tolerances, every field",
			required = true, content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = TolerancesRequest.class),
					examples = @ExampleObject(name = "tolerances", value = """
							{"linePricePercent": 2, "linePriceAbsolute": 0.05, "lineQuantityPercent": 0,
							 "lineQuantityAbsolute": 0, "totalPercent": 1, "totalAbsolute": 1.00,
							 "chargesAbsolute": 10.00, "waitForGoods": "P3D"}
							""")))
	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	TolerancesView put(@PathVariable String supplierId, @Valid @RequestBody TolerancesRequest request,
			@RequestParam(required = false) @Nullable String reason, Principal admin) {
		return tolerances.save(supplierId, request.toView(), admin.getName(), reason);
	}

	/** Percents 0 to 1000, amounts zero or more, {@code waitForGoods} an ISO-8601 duration (P3D, PT72H). */
	@Schema(name = "InvoiceTolerances")
	record TolerancesRequest(@NotNull @DecimalMin("0") @DecimalMax("1000") @Nullable BigDecimal linePricePercent,
			@NotNull @DecimalMin("0") @Nullable BigDecimal linePriceAbsolute,
			@NotNull @DecimalMin("0") @DecimalMax("1000") @Nullable BigDecimal lineQuantityPercent,
			@NotNull @DecimalMin("0") @Nullable BigDecimal lineQuantityAbsolute,
			@NotNull @DecimalMin("0") @DecimalMax("1000") @Nullable BigDecimal totalPercent,
			@NotNull @DecimalMin("0") @Nullable BigDecimal totalAbsolute,
			@NotNull @DecimalMin("0") @Nullable BigDecimal chargesAbsolute,
			@NotBlank @Pattern(regexp = "\\s*P(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+S)?)?\\s*",
					message = "must be an ISO-8601 duration such as P3D or PT72H") @Nullable String waitForGoods) {

		TolerancesView toView() {
			return new TolerancesView(require(linePricePercent), require(linePriceAbsolute),
					require(lineQuantityPercent), require(lineQuantityAbsolute), require(totalPercent),
					require(totalAbsolute), require(chargesAbsolute), require(waitForGoods), null);
		}

		private static <T> T require(@Nullable T value) {
			return java.util.Objects.requireNonNull(value);
		}
	}
}
