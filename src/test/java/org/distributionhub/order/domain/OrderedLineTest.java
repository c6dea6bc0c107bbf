package org.distributionhub.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.Test;

/** What an ordered line may say: its number, a quantity above zero and a unit the hub knows how to write. */
class OrderedLineTest {

	@Test
	void aUnitIsATwoOrThreeCharacterCodeInAnyCase() {
		assertThat(OrderedLine.unit("EA")).contains(UnitOfMeasure.EACH);
		assertThat(OrderedLine.unit(" ea ")).contains(UnitOfMeasure.EACH);
		assertThat(OrderedLine.unit("kgm")).contains(new UnitOfMeasure("KGM"));
	}

	@Test
	void anythingElseNamesNoUnit() {
		assertThat(OrderedLine.unit("E")).isEmpty();
		assertThat(OrderedLine.unit("EACH")).isEmpty();
		assertThat(OrderedLine.unit("E!")).isEmpty();
		assertThat(OrderedLine.unit("")).isEmpty();
		assertThat(OrderedLine.unit(null)).isEmpty();
	}

	@Test
	void aLineOrdersSomethingFromLineOne() {
		assertThatThrownBy(() -> OrderFixtures.line(0, 5)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> OrderFixtures.line(1, 0)).isInstanceOf(IllegalArgumentException.class);
	}
}
