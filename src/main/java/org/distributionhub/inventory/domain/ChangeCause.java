package org.distributionhub.inventory.domain;

/** What moved an expectation: a purchase order revision, a supplier's acknowledgement, a ship notice or a receipt. */
public enum ChangeCause {

	PO_ISSUED, ACKNOWLEDGED, SHIP_NOTICE, RECEIVED
}
