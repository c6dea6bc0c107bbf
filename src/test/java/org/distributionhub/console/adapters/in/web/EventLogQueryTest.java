package org.distributionhub.console.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.distributionhub.platform.api.PublicationStatus;
import org.junit.jupiter.api.Test;

class EventLogQueryTest {

	@Test
	void datetimeLocalValuesAreReadAsUtcAndBlanksMeanNoCriterion() {
		var filter = new EventLogQuery(" ", "", "dead_lettered", "2026-01-31T14:30", "2026-01-31T15:00:05", "A-17",
				null).toFilter();

		assertThat(filter.eventType()).isNull();
		assertThat(filter.listener()).isNull();
		assertThat(filter.status()).isEqualTo(PublicationStatus.DEAD_LETTERED);
		assertThat(filter.from()).isEqualTo(Instant.parse("2026-01-31T14:30:00Z"));
		assertThat(filter.to()).isEqualTo(Instant.parse("2026-01-31T15:00:05Z"));
		assertThat(filter.payloadText()).isEqualTo("A-17");
	}

	@Test
	void aMalformedTimeSaysWhatWasExpected() {
		assertThatThrownBy(() -> query("status", "", "31.01.2026 14:30", "").toFilter())
			.isInstanceOf(InvalidFilterException.class)
			.hasMessage("'From' must be a date and time in UTC like 2026-01-31T14:30, not '31.01.2026 14:30'");
	}

	@Test
	void anUnknownStatusOrABackwardsRangeIsRefused() {
		assertThatThrownBy(() -> query(null, "LOST", "", "").toFilter()).isInstanceOf(InvalidFilterException.class)
			.hasMessageStartingWith("Unknown status 'LOST'");
		assertThatThrownBy(() -> query(null, "", "2026-02-01T00:00", "2026-01-01T00:00").toFilter())
			.isInstanceOf(InvalidFilterException.class)
			.hasMessage("The time range starts after it ends");
	}

	@Test
	void pagesAreWholeNumbersFromZero() {
		assertThat(new EventLogQuery(null, null, null, null, null, null, null).pageNumber()).isZero();
		assertThat(new EventLogQuery(null, null, null, null, null, null, "3").pageNumber()).isEqualTo(3);
		assertThatThrownBy(() -> new EventLogQuery(null, null, null, null, null, null, "-1").pageNumber())
			.isInstanceOf(InvalidFilterException.class);
		assertThatThrownBy(() -> new EventLogQuery(null, null, null, null, null, null, "two").pageNumber())
			.isInstanceOf(InvalidFilterException.class);
	}

	@Test
	void linksKeepTheFiltersInUseEncoded() {
		var query = new EventLogQuery("ProbeSent", "", null, "2026-01-31T14:30", null, "a b&c", "2");

		assertThat(query.pageLink(3))
			.isEqualTo("/console/events?type=ProbeSent&from=2026-01-31T14:30&text=a%20b%26c&page=3");
		assertThat(query.csvLink()).isEqualTo("/console/events.csv?type=ProbeSent&from=2026-01-31T14:30&text=a%20b%26c");
	}

	private static EventLogQuery query(String type, String status, String from, String to) {
		return new EventLogQuery(type, null, status, from, to, null, null);
	}
}
