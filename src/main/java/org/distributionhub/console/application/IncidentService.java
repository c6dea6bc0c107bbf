package org.distributionhub.console.application;

import java.util.ArrayList;
import java.util.List;

import org.distributionhub.console.ports.in.BusinessImpact;
import org.distributionhub.console.ports.in.Incident;
import org.distributionhub.console.ports.in.IncidentKind;
import org.distributionhub.console.ports.in.FindIncidents;
import org.distributionhub.platform.api.DeliveryFilter;
import org.distributionhub.platform.api.DeliveryView;
import org.distributionhub.platform.api.FindDeliveries;
import org.distributionhub.platform.api.PublicationStatus;
import org.springframework.stereotype.Service;

/** Gathers the incidents of every module through their read-only APIs and ranks them by business impact. */
@Service
class IncidentService implements FindIncidents {

	private static final int LIMIT = 500;

	private final FindDeliveries deliveries;

	IncidentService(FindDeliveries deliveries) {
		this.deliveries = deliveries;
	}

	@Override
	public List<Incident> current() {
		var incidents = new ArrayList<Incident>();
		for (DeliveryView delivery : deliveries
				.find(new DeliveryFilter(null, null, PublicationStatus.DEAD_LETTERED), 0, LIMIT).items()) {
			incidents.add(deadLettered(delivery));
		}
		incidents.sort(Incident.BY_IMPACT_THEN_AGE);
		return List.copyOf(incidents);
	}

	private static Incident deadLettered(DeliveryView delivery) {
		var since = delivery.lastFailedAt() == null ? delivery.publishedAt() : delivery.lastFailedAt();
		return new Incident(IncidentKind.DELIVERY_DEAD_LETTERED, "publication " + delivery.publicationId(), since,
				simpleName(delivery.eventType()) + " to " + delivery.listenerId() + " gave up after "
						+ delivery.attempts() + " attempts",
				BusinessImpact.none(), "/console/deliveries/" + delivery.publicationId());
	}

	private static String simpleName(String type) {
		return type.substring(type.lastIndexOf('.') + 1);
	}
}
