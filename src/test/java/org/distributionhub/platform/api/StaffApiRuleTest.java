package org.distributionhub.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.distributionhub.platform.api.StaffRole.ADMIN;
import static org.distributionhub.platform.api.StaffRole.AUDITOR;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StaffApiRuleTest {

	@Test
	void aReadingRuleIsForGetAndARuleForAnyMethodNamesNone() {
		assertThat(StaffApiRule.reading(List.of("/api/v1/things/**"), ADMIN, AUDITOR))
			.isEqualTo(new StaffApiRule("GET", List.of("/api/v1/things/**"), Set.of(AUDITOR, ADMIN)));
		assertThat(StaffApiRule.anyMethod(List.of("/api/v1/things/**"), ADMIN).method()).isNull();
	}

	@Test
	void aRuleNamesPathsUnderApiAndAtLeastOneRole() {
		assertThatIllegalArgumentException().isThrownBy(() -> StaffApiRule.anyMethod(List.of("/console/**"), ADMIN));
		assertThatIllegalArgumentException().isThrownBy(() -> StaffApiRule.anyMethod(List.of(), ADMIN));
		assertThatIllegalArgumentException().isThrownBy(() -> StaffApiRule.anyMethod(List.of("/api/v1/things")));
	}
}
