package org.distributionhub.console.alerting.domain;

import java.util.Arrays;
import java.util.List;

import org.distributionhub.console.ports.in.IncidentKind;

/** The names of every incident kind, as alerting's tables and gauges know them. */
public final class AlertKinds {

	public static final List<String> ALL = Arrays.stream(IncidentKind.values()).map(Enum::name).toList();

	private AlertKinds() {
	}
}
