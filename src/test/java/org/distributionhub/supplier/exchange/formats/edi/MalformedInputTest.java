package org.distributionhub.supplier.exchange.formats.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.distributionhub.supplier.exchange.formats.edifact.EdifactMessageReader;
import org.distributionhub.supplier.exchange.formats.x12.X12MessageReader;
import org.distributionhub.supplier.exchange.ports.out.PartnerMessageReader;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.junit.jupiter.api.Test;

/** Cut off and damaged partner files: the readers answer every one with a result, never an exception. */
class MalformedInputTest {

	private static final List<String> SAMPLES = List.of("x12-855-nodex12-1.edi", "x12-856-nodex12-1.edi",
			"x12-997-staedi-1.edi", "x12-850-gozer-newline-malformed-se-count.edi",
			"edifact-invoic-staedi-una-custom-delims.edi", "edifact-orders-staedi-1.edi");

	private static final byte[] NOISE = "*~>|^!$:+'?\n\r 0A-".getBytes();

	@Test
	void everyCutOffFileGivesAResult() {
		for (String sample : SAMPLES) {
			byte[] content = EdiFiles.sample(sample);
			for (int length = 0; length < content.length; length += 3) {
				assertAnswers(sample, Arrays.copyOf(content, length));
			}
		}
	}

	@Test
	void everyDamagedFileGivesAResult() {
		Random random = new Random(20260127);
		for (String sample : SAMPLES) {
			byte[] content = EdiFiles.sample(sample);
			for (int round = 0; round < 300; round++) {
				byte[] damaged = content.clone();
				for (int hits = 1 + random.nextInt(4); hits > 0; hits--) {
					damaged[random.nextInt(damaged.length)] = NOISE[random.nextInt(NOISE.length)];
				}
				assertAnswers(sample, damaged);
			}
		}
	}

	@Test
	void anEmptyFileIsRefusedWithAReason() {
		assertThat(new X12MessageReader().read(new byte[0]).problems()).isNotEmpty();
		assertThat(new EdifactMessageReader().read(new byte[0]).problems()).isNotEmpty();
	}

	private static void assertAnswers(String sample, byte[] content) {
		PartnerMessageReader reader = sample.startsWith("x12") ? new X12MessageReader() : new EdifactMessageReader();
		ReadResult result = reader.read(content);
		assertThat(result.readable() || !result.problems().isEmpty())
			.as("%s cut to %d bytes gives documents or problems", sample, content.length)
			.isTrue();
	}
}
