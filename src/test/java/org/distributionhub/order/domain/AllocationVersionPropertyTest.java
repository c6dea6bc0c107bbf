package org.distributionhub.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.distributionhub.order.domain.OrderFixtures.DEC_4;
import static org.distributionhub.order.domain.OrderFixtures.T0;
import static org.distributionhub.order.domain.OrderFixtures.backordered;
import static org.distributionhub.order.domain.OrderFixtures.line;
import static org.distributionhub.order.domain.OrderFixtures.order;
import static org.distributionhub.order.domain.OrderFixtures.refused;
import static org.distributionhub.order.domain.OrderFixtures.reserved;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Deliveries arrive in any order, some twice: whatever the order, a line ends with the decision of the highest
 * version, exactly as if they had arrived in version order (only what the OMS was told on the way may differ).
 */
class AllocationVersionPropertyTest {

	@Test
	void theHighestVersionWinsWhateverTheOrderOfArrival() {
		qt().forAll(lists().of(integers().between(1, 40)).ofSizeBetween(1, 15), integers().all())
			.checkAssert((versions, seed) -> {
				List<AllocationDecision> decisions = new ArrayList<>();
				for (int version : versions) {
					decisions.add(decision(version));
				}
				List<AllocationDecision> shuffled = new ArrayList<>(decisions);
				Collections.shuffle(shuffled, new Random(seed));
				var inOrder = applied(decisions.stream()
					.sorted((a, b) -> Long.compare(a.version(), b.version()))
					.toList());
				var shuffledOrder = applied(shuffled);

				long highest = versions.stream().mapToLong(Integer::longValue).max().orElseThrow();
				assertThat(line(shuffledOrder, 1).allocationVersion()).isEqualTo(highest);
				assertThat(line(shuffledOrder, 1)).usingRecursiveComparison()
					.ignoringFields("told")
					.isEqualTo(line(inOrder, 1));
			});
	}

	/** A decision that depends on its version only, so equal versions carry equal decisions. */
	private static AllocationDecision decision(int version) {
		switch (version % 3) {
			case 0:
				return reserved(1, 10, version);
			case 1:
				return backordered(1, version % 10, 10 - version % 10, DEC_4.plusDays(version), version);
			default:
				return refused(1, version);
		}
	}

	private static CustomerOrder applied(List<AllocationDecision> decisions) {
		var order = order(Invoicing.PER_ORDER, OrderFixtures.line(1, 10));
		decisions.forEach(it -> order.recordAllocation(List.of(it), T0));
		return order;
	}
}
