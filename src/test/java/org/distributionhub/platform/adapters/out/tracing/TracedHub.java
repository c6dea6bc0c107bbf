package org.distributionhub.platform.adapters.out.tracing;

import java.util.UUID;

import org.distributionhub.supplier.exchange.ports.in.SendPartnerWebhooks;
import org.distributionhub.supplier.partners.ports.out.PartnerProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the tracing tests drive in the running hub: its port, supplier profiles and the webhook rounds. */
abstract class TracedHub {

	@LocalServerPort
	int port;

	@Autowired
	PartnerProfiles profiles;

	@Autowired
	SendPartnerWebhooks webhooks;

	final String run = UUID.randomUUID().toString().substring(0, 8);
}
