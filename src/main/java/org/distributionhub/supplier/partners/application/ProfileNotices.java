package org.distributionhub.supplier.partners.application;

import java.util.List;

import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.api.PartnerProfileListener;
import org.distributionhub.supplier.partners.ports.out.PartnerProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the {@link PartnerProfileListener}s of a saved profile once its transaction committed (at once outside
 * one), and of every stored profile when the hub has started, so what they prepare exists for profiles saved
 * before they were there.
 */
@Component
class ProfileNotices {

	private static final Logger log = LoggerFactory.getLogger(ProfileNotices.class);

	private final List<PartnerProfileListener> listeners;
	private final PartnerProfiles profiles;

	ProfileNotices(List<PartnerProfileListener> listeners, PartnerProfiles profiles) {
		this.listeners = List.copyOf(listeners);
		this.profiles = profiles;
	}

	void saved(PartnerProfile profile) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					tell(profile);
				}
			});
		}
		else {
			tell(profile);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void tellStoredProfiles() {
		try {
			profiles.findAll().forEach(this::tell);
		}
		catch (RuntimeException e) {
			log.error("Could not tell the stored supplier profiles to what prepares for them (folders)", e);
		}
	}

	private void tell(PartnerProfile profile) {
		listeners.forEach(listener -> {
			try {
				listener.profileSaved(profile);
			}
			catch (RuntimeException e) {
				log.error("Supplier {} was saved, but preparing for it failed: {}", profile.supplierId(),
						e.getMessage(), e);
			}
		});
	}
}
