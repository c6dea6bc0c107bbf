package org.distributionhub.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.distributionhub.inventory.domain.Inbound.DC;
import static org.distributionhub.inventory.domain.Inbound.MAY_11;
import static org.distributionhub.inventory.domain.Inbound.MAY_4;
import static org.distributionhub.inventory.domain.Inbound.SKU;
import static org.distributionhub.inventory.domain.Inbound.line;
import static org.distributionhub.inventory.domain.Inbound.on;

import java.util.List;

import org.distributionhub.inventory.domain.IssuedRevision.RequestedLine;
import org.distributionhub.shared.Sku;
import org.junit.jupiter.api.Test;

class IssuedRevisionTest {

	private static final Sku OTHER = new Sku("GADGET-2");

	private final ExpectedInbound one = ExpectedInbound.unknown(line("1"), SKU, DC);
	private final ExpectedInbound two = ExpectedInbound.unknown(line("2"), OTHER, DC);

	@Test
	void aRevisionExpectsEachOfItsLines() {
		var changes = revision(1, new RequestedLine("1", SKU, on(100, MAY_4)),
				new RequestedLine("2", OTHER, on(50, MAY_11)))
			.applyTo(List.of(one, two));

		assertThat(changes).allMatch(ExpectationChange::isEffective).hasSize(2);
		assertThat(two.expected().deliveries()).containsExactly(on(50, MAY_11));
	}

	@Test
	void aLineGoneFromANewRevisionIsNoLongerExpected() {
		revision(1, new RequestedLine("1", SKU, on(100, MAY_4)), new RequestedLine("2", OTHER, on(50, MAY_11)))
			.applyTo(List.of(one, two));

		var changes = revision(2, new RequestedLine("1", SKU, on(100, MAY_4))).applyTo(List.of(one, two));

		assertThat(changes).filteredOn(ExpectationChange::isEffective)
			.singleElement()
			.satisfies(it -> {
				assertThat(it.line()).isEqualTo(line("2"));
				assertThat(it.before().deliveries()).containsExactly(on(50, MAY_11));
				assertThat(it.after()).isEqualTo(Schedule.NONE);
			});
		assertThat(one.revision()).isEqualTo(2);
		assertThat(two.revision()).isEqualTo(2);
	}

	@Test
	void aRevisionTheOrderHasSeenOrAnOlderOneChangesNothing() {
		revision(2, new RequestedLine("1", SKU, on(100, MAY_4))).applyTo(List.of(one, two));
		var state = List.of(one.snapshot(), two.snapshot());

		assertThat(revision(2, new RequestedLine("1", SKU, on(100, MAY_4))).applyTo(List.of(one, two))).isEmpty();
		assertThat(revision(1, new RequestedLine("2", OTHER, on(9, MAY_4))).applyTo(List.of(one, two))).isEmpty();
		assertThat(List.of(one.snapshot(), two.snapshot())).isEqualTo(state);
	}

	@Test
	void everyRequestedLineMustBeKnownAndListedOnce() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> revision(1, new RequestedLine("2", OTHER, on(1, MAY_4))).applyTo(List.of(one)));
		assertThatIllegalArgumentException().isThrownBy(() -> revision(1, new RequestedLine("1", SKU, on(1, MAY_4)),
				new RequestedLine("1", SKU, on(2, MAY_4))));
	}

	private static IssuedRevision revision(int revision, RequestedLine... lines) {
		return new IssuedRevision("ACME", "PO-1", revision, DC, List.of(lines));
	}
}
