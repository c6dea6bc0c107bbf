package org.distributionhub.console.alerting.adapters.in.web;

import java.util.List;

import org.distributionhub.console.alerting.ports.in.AlertRuleView;
import org.distributionhub.console.alerting.ports.in.AlertView;
import org.distributionhub.console.alerting.ports.in.FindAlerts;
import org.distributionhub.console.alerting.ports.in.InvalidAlertRule;
import org.distributionhub.console.alerting.ports.in.ManageAlertRules;
import org.distributionhub.platform.api.AnswersSuccess;
import org.distributionhub.platform.api.PageOf;
import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.platform.problems.InvalidParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
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

/**
 * The staff JSON API of alerting: alerts (status=open or all, paged) and the rules in force for any staff role; an
 * ADMIN puts a rule (adds or replaces it) and deletes an edit (back to configuration).
 */
@RestController
@RequestMapping(AlertsApiController.PATH)
class AlertsApiController {

	static final String PATH = "/api/v1/operations/alerts";

	private final FindAlerts alerts;
	private final ManageAlertRules rules;

	AlertsApiController(FindAlerts alerts, ManageAlertRules rules) {
		this.alerts = alerts;
		this.rules = rules;
	}

	@GetMapping
	PageOf<AlertView> alerts(@RequestParam(defaultValue = "open") String status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (!status.equals("open") && !status.equals("all")) {
			throw new InvalidParameter("status", "status is open or all, not '" + status + "'");
		}
		if (page < 0) {
			throw new InvalidParameter("page", "page is 0 or more");
		}
		if (size < 1 || size > 200) {
			throw new InvalidParameter("size", "size is 1 to 200");
		}
		return alerts.find(status.equals("open"), page, size);
	}

	@GetMapping("/rules")
	List<AlertRuleView> rules() {
		return rules.rules();
	}

	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "The rule: incident kinds, how many at once and for how long before it fires",
			content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = RuleForm.class),
			examples = @ExampleObject(name = "ERP postings stuck", value = """
					{"name": "ERP postings stuck", "kinds": ["ERP_POSTING_PARKED"], "minCount": "1", "minAge": "15m", "enabled": true}
					""")))
	@PutMapping("/rules/{id}")
	ResponseEntity<?> save(@PathVariable String id, @RequestBody RuleForm rule, Authentication admin) {
		try {
			return ResponseEntity.ok(rules.save(rule.toCommand(id, admin.getName())));
		}
		catch (InvalidAlertRule e) {
			String path = e.field().equals("id") ? "id" : "$." + e.field();
			return ApiProblems.response(ApiProblems.invalid(List.of(ApiProblems.error(path, e.getMessage()))));
		}
	}

	@AnswersSuccess(value = 204, descriptions = "The rule is back to its configured default")
	@DeleteMapping("/rules/{id}")
	ResponseEntity<Void> reset(@PathVariable String id, Authentication admin) {
		return rules.reset(id, admin.getName()) ? ResponseEntity.noContent().build()
				: ResponseEntity.notFound().build();
	}
}
