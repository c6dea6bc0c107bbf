package org.distributionhub.console.jobs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResumptionTest {

	@Test
	void aRunningJobIsResumedUntilItsHubsStoppedUnderItTooOften() {
		assertThat(Resumption.after(JobState.RUNNING, 0, 3)).isEqualTo(JobState.RUNNING);
		assertThat(Resumption.after(JobState.RUNNING, 2, 3)).isEqualTo(JobState.RUNNING);
		assertThat(Resumption.after(JobState.RUNNING, 3, 3)).isEqualTo(JobState.INTERRUPTED);
	}

	@Test
	void aJobBeingCancelledIsCancelledAndAFinishedOneIsNoHubsToResume() {
		assertThat(Resumption.after(JobState.CANCELLING, 0, 3)).isEqualTo(JobState.CANCELLED);
		assertThatThrownBy(() -> Resumption.after(JobState.DONE, 0, 3)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aKindIsNamedInAnyCaseAndKnowsItsFilters() {
		assertThat(JobKind.named(" parked_replay ")).contains(JobKind.PARKED_REPLAY);
		assertThat(JobKind.named("NOPE")).isEmpty();
		assertThat(JobKind.DELIVERY_RESUBMIT.filterKeys()).containsExactlyInAnyOrder("type", "listener", "status");
		assertThat(new BulkJob.Progress(10, 4, 1, 2).notRun()).isEqualTo(3);
	}
}
