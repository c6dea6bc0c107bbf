package org.distributionhub.supplier.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.distributionhub.supplier.partners.api.PartnerProfileTest.item;

import java.util.List;
import java.util.Set;

import org.distributionhub.supplier.partners.api.ItemMapping;
import org.distributionhub.supplier.partners.domain.ItemCrossReference.Mode;
import org.junit.jupiter.api.Test;

class ItemCrossReferenceTest {

	private final List<ItemMapping> current = List.of(item("A", "1"), item("B", "6"), item("C", "12"));

	@Test
	void aMergeAddsAndChangesAndKeepsWhatTheUploadDoesNotName() {
		var change = ItemCrossReference.apply(current, List.of(item("B", "12"), item("C", "12.0"), item("D", "1")),
				Mode.MERGE, Set.of());

		assertThat(change.items()).containsExactly(item("A", "1"), item("B", "12"), item("C", "12"), item("D", "1"));
		assertThat(change).extracting(ItemCrossReference.Change::added, ItemCrossReference.Change::changed,
				ItemCrossReference.Change::unchanged, ItemCrossReference.Change::removed).containsExactly(1, 1, 1, 0);
	}

	@Test
	void aReplaceDropsWhatTheUploadDoesNotNameExceptThePartsOfRefusedRows() {
		var change = ItemCrossReference.apply(current, List.of(item("C", "24")), Mode.REPLACE, Set.of("A"));

		assertThat(change.items()).containsExactly(item("A", "1"), item("C", "24"));
		assertThat(change.removed()).isEqualTo(1);
		assertThat(change.changed()).isEqualTo(1);
		assertThat(change.changedAnything()).isTrue();
	}

	@Test
	void theSameUploadTwiceChangesNothingTheSecondTime() {
		var first = ItemCrossReference.apply(current, List.of(item("A", "2"), item("E", "1")), Mode.REPLACE, Set.of());
		var second = ItemCrossReference.apply(first.items(), List.of(item("A", "2"), item("E", "1")), Mode.REPLACE,
				Set.of());

		assertThat(second.changedAnything()).isFalse();
		assertThat(second.items()).isEqualTo(first.items());
	}

	@Test
	void anUploadNamingAPartTwiceIsRefused() {
		assertThatThrownBy(() -> ItemCrossReference.apply(current, List.of(item("X", "1"), item("X", "2")), Mode.MERGE,
				Set.of())).hasMessageContaining("X appears twice");
	}
}
