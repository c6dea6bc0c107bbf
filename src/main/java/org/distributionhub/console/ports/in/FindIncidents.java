package org.distributionhub.console.ports.in;

import java.util.List;


/** Everything across the hub that needs a person now, highest business impact first, then the oldest. */
public interface FindIncidents {

	List<Incident> current();
}
