package org.distributionhub.console.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.distributionhub.console.domain.ImpactTally;
import org.distributionhub.console.ports.in.FindIncidents;
import org.distributionhub.console.ports.in.Incident;
import org.distributionhub.console.ports.in.IncidentArea;
import org.distributionhub.console.ports.in.IncidentKind;
import org.distributionhub.console.ports.in.OperationsOverview;
import org.distributionhub.console.ports.in.OperationsOverview.AreaTile;
import org.distributionhub.console.ports.in.ViewOperations;
import org.distributionhub.inventory.api.FindPeggedOrders;
import org.distributionhub.inventory.api.FindPeggedOrders.PeggedOrder;
import org.distributionhub.order.api.FindOrdersAtRisk;
import org.distributionhub.order.api.FindOrdersAtRisk.OrderWorth;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Gathers the incidents of every module through their read-only APIs and ranks them by business impact. Impact is
 * resolved for all incidents at once: one look-up of the orders pegged to every purchase order named, one of the
 * worth of every order named.
 */
@Service
class IncidentService implements FindIncidents, ViewOperations {

	private final List<IncidentSource> sources;
	private final FindPeggedOrders pegging;
	private final FindOrdersAtRisk orders;
	private final Clock clock;

	IncidentService(List<IncidentSource> sources, FindPeggedOrders pegging, FindOrdersAtRisk orders, Clock clock) {
		this.sources = sources;
		this.pegging = pegging;
		this.orders = orders;
		this.clock = clock;
	}

	@Override
	public List<Incident> current() {
		return overview().incidents();
	}

	@Override
	public OperationsOverview overview() {
		Instant now = clock.instant();
		var drafts = new ArrayList<IncidentDraft>();
		sources.forEach(source -> drafts.addAll(source.drafts(now)));

		Set<String> poNumbers = new LinkedHashSet<>();
		drafts.forEach(draft -> draft.purchaseOrders().forEach(po -> poNumbers.add(po.poNumber())));
		Map<String, List<PeggedOrder>> peggedByPo = new HashMap<>();
		pegging.peggedTo(poNumbers)
			.forEach(pegged -> peggedByPo.computeIfAbsent(pegged.poNumber(), po -> new ArrayList<>()).add(pegged));

		Set<String> orderIds = new LinkedHashSet<>();
		drafts.forEach(draft -> orderIds.addAll(draft.orders()));
		peggedByPo.values().forEach(list -> list.forEach(pegged -> orderIds.add(pegged.orderId())));
		Map<String, OrderWorth> worth = new HashMap<>();
		orders.worth(orderIds).forEach(order -> worth.put(order.orderId(), order));

		var incidents = new ArrayList<Incident>(drafts.size());
		var areas = new EnumMap<IncidentArea, ImpactTally>(IncidentArea.class);
		var counts = new EnumMap<IncidentArea, Map<IncidentKind, Long>>(IncidentArea.class);
		for (IncidentDraft draft : drafts) {
			var tally = draft.tally() == null ? new ImpactTally() : draft.tally();
			var area = areas.computeIfAbsent(draft.kind().area(), it -> new ImpactTally());
			if (draft.tally() != null) {
				area.addAll(draft.tally());
			}
			for (var po : draft.purchaseOrders()) {
				for (PeggedOrder pegged : peggedByPo.getOrDefault(po.poNumber(), List.of())) {
					if (po.supplierId() == null || po.supplierId().equals(pegged.supplierId())) {
						add(List.of(tally, area), worth.get(pegged.orderId()), pegged.orderId(), pegged.promiseDate());
					}
				}
			}
			draft.orders().forEach(id -> add(List.of(tally, area), worth.get(id), id, null));
			incidents.add(new Incident(draft.kind(), draft.businessKey(), draft.since(), draft.summary(),
					tally.impact(), draft.link()));
			counts.computeIfAbsent(draft.kind().area(), it -> new EnumMap<>(IncidentKind.class))
				.merge(draft.kind(), 1L, Long::sum);
		}
		incidents.sort(Incident.BY_IMPACT_THEN_AGE);
		var tiles = new ArrayList<AreaTile>();
		for (IncidentArea area : IncidentArea.values()) {
			tiles.add(new AreaTile(area, counts.getOrDefault(area, Map.of()),
					areas.getOrDefault(area, new ImpactTally()).impact()));
		}
		return new OperationsOverview(incidents, tiles);
	}

	/** An order that no longer exists is not at risk; a pegged line's own promise date counts before the order's. */
	private static void add(List<ImpactTally> tallies, @Nullable OrderWorth order, String orderId,
			@Nullable LocalDate promise) {
		if (order != null) {
			tallies.forEach(tally -> tally.add(orderId, order.value(), order.currency(),
					promise != null ? promise : order.promiseDate()));
		}
	}
}
