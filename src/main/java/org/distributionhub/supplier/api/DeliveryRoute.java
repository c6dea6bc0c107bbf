package org.distributionhub.supplier.api;

/** How an outbox entry reaches its partner: through its outbox folder (and the pull API), or to its webhook. */
public enum DeliveryRoute {

	FOLDER,
	WEBHOOK
}
