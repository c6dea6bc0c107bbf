package org.distributionhub.console.adapters.in.web;

import java.util.List;

import org.distributionhub.console.ports.in.Incident;
import org.distributionhub.console.ports.in.IncidentArea;
import org.distributionhub.console.ports.in.ViewOperations;
import org.distributionhub.console.ports.in.OperationsOverview.AreaTile;
import org.distributionhub.platform.api.AdminAudit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's home: a tile per area saying in business terms what needs a person and what it puts at risk, the
 * incidents ranked by impact (optionally of one area), and what admins did lately.
 */
@Controller
class DashboardController {

	static final int SHOWN = 200;

	private final ViewOperations operations;
	private final AdminAudit audit;

	DashboardController(ViewOperations operations, AdminAudit audit) {
		this.operations = operations;
		this.audit = audit;
	}

	@GetMapping("/")
	String root() {
		return "redirect:/console";
	}

	@GetMapping("/console")
	String dashboard(@RequestParam(required = false) @Nullable String area, Model model) {
		IncidentArea selected = IncidentsApiController.consoleArea(area);
		var overview = operations.overview();
		List<Incident> incidents = overview.incidents()
			.stream()
			.filter(incident -> selected == null || incident.area() == selected)
			.toList();
		model.addAttribute("tiles", overview.tiles().stream().map(TileView::of).toList());
		model.addAttribute("selectedArea", selected);
		model.addAttribute("incidents", incidents.stream().limit(SHOWN).map(IncidentRow::of).toList());
		model.addAttribute("incidentTotal", incidents.size());
		model.addAttribute("recentAudit", audit.find(0, 5).items());
		return "console/dashboard";
	}

	/** A tile: the area, one line per kind, what is at risk, and how alarming it looks. */
	record TileView(String area, String title, long incidents, List<String> lines, String atRisk, String tone) {

		static TileView of(AreaTile tile) {
			String tone = tile.incidents() == 0 ? "" : tile.impact().orderCount() > 0 ? "bad" : "warn";
			return new TileView(tile.area().name(), IncidentWords.title(tile.area()), tile.incidents(),
					IncidentWords.counts(tile), tile.incidents() == 0 ? "" : tile.impact().describe() + " at risk", tone);
		}
	}

	/** A row of the ranked list. */
	record IncidentRow(String kind, String kindWords, String businessKey, java.time.Instant since, String summary,
			String impact, String link) {

		static IncidentRow of(Incident incident) {
			return new IncidentRow(incident.kind().name(), IncidentWords.kind(incident.kind()), incident.businessKey(),
					incident.since(), incident.summary(), incident.impact().describe(), incident.link());
		}
	}
}
