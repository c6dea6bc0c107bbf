package org.distributionhub.console.alerting.ports.in;

import org.distributionhub.platform.api.PageOf;

/** Alerts newest first: the open ones only, or the whole history with resolved ones. */
public interface FindAlerts {

	PageOf<AlertView> find(boolean openOnly, int page, int size);
}
