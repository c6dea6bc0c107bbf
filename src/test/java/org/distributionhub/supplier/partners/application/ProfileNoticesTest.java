package org.distributionhub.supplier.partners.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.api.PartnerProfileListener;
import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ProfileNoticesTest {

	private final InMemoryPartnerProfiles profiles = new InMemoryPartnerProfiles();
	private final List<String> told = new ArrayList<>();

	@Test
	void atStartEveryStoredProfileIsToldAndAFailingListenerStopsNoOther() {
		profiles.save(profile("acme"));
		profiles.save(profile("globex"));
		PartnerProfileListener failing = profile -> {
			throw new IllegalStateException("disk full");
		};
		var notices = new ProfileNotices(List.of(failing, profile -> told.add(profile.supplierId())), profiles);

		notices.tellStoredProfiles();

		assertThat(told).containsExactly("acme", "globex");
	}

	@Test
	void insideATransactionListenersHearOnlyAfterItCommitted() {
		var notices = new ProfileNotices(List.of(profile -> told.add(profile.supplierId())), profiles);
		TransactionSynchronizationManager.initSynchronization();
		try {
			notices.saved(profile("acme"));
			assertThat(told).isEmpty();

			TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
			assertThat(told).containsExactly("acme");
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	private static PartnerProfile profile(String id) {
		return new PartnerProfile(id, id.toUpperCase(), Set.of(Channel.CSV), Channel.CSV, null, null,
				Duration.ofHours(48), RemainderPolicy.CANCEL, Map.of(), List.of(), true);
	}
}
