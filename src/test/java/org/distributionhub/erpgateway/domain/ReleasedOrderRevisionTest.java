package org.distributionhub.erpgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReleasedOrderRevisionTest {

	@Test
	void theSameContentIsNoNewRevisionAndAChangedOneIsTheNext() {
		var first = ReleasedOrderRevision.first("P00042", "abc");

		assertThat(first.revision()).isEqualTo(1);
		assertThat(first.revise("abc")).isEmpty();
		assertThat(first.revise("def")).contains(new ReleasedOrderRevision("P00042", 2, "def"));
	}

	@Test
	void refusesARevisionBelowOneOrWithoutDigest() {
		assertThatThrownBy(() -> new ReleasedOrderRevision("P1", 0, "abc")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ReleasedOrderRevision("P1", 1, " ")).isInstanceOf(IllegalArgumentException.class);
	}
}
