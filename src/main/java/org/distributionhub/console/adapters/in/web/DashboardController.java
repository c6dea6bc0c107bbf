package org.distributionhub.console.adapters.in.web;

import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.platform.api.DeliveryFilter;
import org.distributionhub.platform.api.FindDeliveries;
import org.distributionhub.platform.api.PublicationStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's home: what needs attention (failed and dead-lettered deliveries) and what admins did lately. */
@Controller
class DashboardController {

	private final FindDeliveries deliveries;
	private final AdminAudit audit;

	DashboardController(FindDeliveries deliveries, AdminAudit audit) {
		this.deliveries = deliveries;
		this.audit = audit;
	}

	@GetMapping("/")
	String root() {
		return "redirect:/console";
	}

	@GetMapping("/console")
	String dashboard(Model model) {
		model.addAttribute("failed", count(PublicationStatus.FAILED));
		model.addAttribute("deadLettered", count(PublicationStatus.DEAD_LETTERED));
		model.addAttribute("recentAudit", audit.find(0, 5).items());
		return "console/dashboard";
	}

	private long count(PublicationStatus status) {
		return deliveries.find(new DeliveryFilter(null, null, status), 0, 1).total();
	}
}
