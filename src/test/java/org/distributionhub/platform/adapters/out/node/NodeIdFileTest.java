package org.distributionhub.platform.adapters.out.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.distributionhub.platform.application.EventRecoveryProperties;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeIdFileTest {

	@TempDir
	Path data;

	@Test
	void theGeneratedIdIsKeptAcrossRestarts() throws Exception {
		var first = new NodeIdFile(properties(null));
		String id = first.nodeId();
		first.destroy();
		var second = new NodeIdFile(properties(null));

		assertThat(second.nodeId()).isEqualTo(id);
		assertThat(Files.readString(data.resolve("node-id")).strip()).isEqualTo(id);
		second.destroy();
	}

	@Test
	void aSecondHubOfTheSameInstallationRunsUnderAnIdOfItsOwn() throws Exception {
		var running = new NodeIdFile(properties(null));
		var second = new NodeIdFile(properties(null));

		assertThat(second.nodeId()).isNotEqualTo(running.nodeId());
		running.destroy();
		second.destroy();
	}

	@Test
	void aConfiguredIdWinsAndMustBeReadable() throws Exception {
		assertThat(new NodeIdFile(properties("hub-east-1")).nodeId()).isEqualTo("hub-east-1");
		assertThat(Files.exists(data.resolve("node-id"))).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> new NodeIdFile(properties("two words")).nodeId());
	}

	private EventRecoveryProperties properties(@Nullable String nodeId) {
		return new EventRecoveryProperties(true, nodeId, data.resolve("node-id"), Duration.ofSeconds(5),
				Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofDays(7));
	}
}
