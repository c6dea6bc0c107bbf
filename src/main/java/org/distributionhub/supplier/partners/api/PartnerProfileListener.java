package org.distributionhub.supplier.partners.api;

/**
 * What a sibling room does when a supplier's profile is saved (by the admin API or the partner files), after the
 * change committed, and for every stored profile once the hub has started: the exchange creates the supplier's
 * folders. The partner directory calls every bean of this type; it never depends on who implements it. A listener
 * that fails is logged and does not undo the save.
 */
@FunctionalInterface
public interface PartnerProfileListener {

	void profileSaved(PartnerProfile profile);
}
