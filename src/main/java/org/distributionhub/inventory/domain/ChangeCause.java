package org.distributionhub.inventory.domain;

/** What moved an expectation: a purchase order revision, a supplier's acknowledgement or a ship notice. */
public enum ChangeCause {

	PO_ISSUED, ACKNOWLEDGED, SHIP_NOTICE
}
