package org.distributionhub.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.platform.ports.out.AppliedStates;
import org.distributionhub.platform.ports.out.ListenerInbox;
import org.distributionhub.shared.StateVersion;
import org.junit.jupiter.api.Test;

class ListenerDeliveryServiceTest {

	private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

	private final InMemoryAppliedStates states = new InMemoryAppliedStates();
	private final ListenerFailures failures = new ListenerFailures();
	private final ListenerDeliveryService service = new ListenerDeliveryService(new InMemoryInbox(), states,
			failures, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aListenerThatWaitsForAPrerequisiteIsNotedAsWaitingEvenWhenTheWaitIsWrapped() {
		var wait = new org.distributionhub.shared.WaitingForPrerequisite("the shipment posting of S-1",
				"The invoice of SO-1 is waiting for the shipment posting of S-1");

		service.recordFailure("erpgateway.order-invoice", new Object(), null, null,
				new IllegalStateException("transaction rolled back", wait));

		var noted = failures.take();
		assertThat(noted.waiting()).isTrue();
		assertThat(noted.waitingFor()).isEqualTo("the shipment posting of S-1");
		assertThat(noted.errorMessage()).isEqualTo("The invoice of SO-1 is waiting for the shipment posting of S-1");
	}

	@Test
	void aFailureIsNotedAsAFailureWithItsRootCause() {
		service.recordFailure("inventory.ack", new Object(), null, null,
				new IllegalStateException("outer", new IllegalArgumentException("no such SKU")));

		var noted = failures.take();
		assertThat(noted.waiting()).isFalse();
		assertThat(noted.errorType()).isEqualTo(IllegalArgumentException.class.getName());
		assertThat(noted.errorMessage()).isEqualTo("no such SKU");
	}

	@Test
	void onlyWhatIsNewerThanTheListenerAppliedIsHandedOnAndTheRestIsRecordedAsSuperseded() {
		UUID first = UUID.randomUUID();
		assertThat(service.newerStates("Inventory", "inventory.ack", first,
				List.of(new StateVersion("line:1", 3), new StateVersion("line:2", 3)))).containsOnly("line:1", "line:2");

		UUID late = UUID.randomUUID();
		var newer = service.newerStates("Inventory", "inventory.ack", late,
				List.of(new StateVersion("line:2", 2), new StateVersion("line:3", 2), new StateVersion("line:1", 3)));

		assertThat(newer).containsOnly("line:3");
		assertThat(states.superseded).extracting(AppliedStates.Superseded::object).containsExactly("line:1", "line:2");
		assertThat(states.superseded).allSatisfy(it -> {
			assertThat(it.eventId()).isEqualTo(late);
			assertThat(it.listenerId()).isEqualTo("inventory.ack");
			assertThat(it.applied()).isEqualTo(new AppliedStates.Applied(3, first));
		});
	}

	@Test
	void eachListenerKeepsItsOwnVersions() {
		service.newerStates("Inventory", "inventory.ack", UUID.randomUUID(), List.of(new StateVersion("line:1", 5)));

		assertThat(service.newerStates("Erp", "erp.ack", UUID.randomUUID(), List.of(new StateVersion("line:1", 4))))
			.containsOnly("line:1");
	}

	private static final class InMemoryAppliedStates implements AppliedStates {

		private final Map<String, Applied> applied = new HashMap<>();
		private final List<Superseded> superseded = new ArrayList<>();

		@Override
		public Optional<Applied> advance(String listener, String object, long version, UUID eventId, Instant at) {
			var key = listener + "|" + object;
			var known = applied.get(key);
			if (known != null && known.version() >= version) {
				return Optional.of(known);
			}
			applied.put(key, new Applied(version, eventId));
			return Optional.empty();
		}

		@Override
		public void recordSuperseded(Superseded superseded) {
			this.superseded.add(superseded);
		}

		@Override
		public Map<Delivery, String> supersededOf(Collection<Delivery> deliveries) {
			return Map.of();
		}

		@Override
		public int forgetOlderThan(Instant instant) {
			return 0;
		}
	}

	private static final class InMemoryInbox implements ListenerInbox {

		private final Set<String> claimed = new HashSet<>();

		@Override
		public boolean claim(String listenerId, UUID eventId) {
			return claimed.add(listenerId + "|" + eventId);
		}

		@Override
		public int forgetOlderThan(Instant instant) {
			return 0;
		}
	}
}
