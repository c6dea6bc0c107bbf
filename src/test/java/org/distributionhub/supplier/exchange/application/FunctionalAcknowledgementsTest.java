package org.distributionhub.supplier.exchange.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.shared.MovableClock;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.api.OutboxKind;
import org.distributionhub.supplier.exchange.formats.edifact.EdifactMessageReader;
import org.distributionhub.supplier.exchange.formats.edifact.EdifactMessageWriter;
import org.distributionhub.supplier.exchange.formats.x12.X12MessageReader;
import org.distributionhub.supplier.exchange.formats.x12.X12MessageWriter;
import org.distributionhub.supplier.exchange.ports.out.ControlNumbers;
import org.distributionhub.supplier.exchange.ports.out.InterchangeReport;
import org.distributionhub.supplier.exchange.ports.out.PartnerMessageWriter;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.distributionhub.supplier.partners.api.PartnerPhase;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.junit.jupiter.api.Test;

/**
 * Which answers an interchange gets, over an in-memory outbox: a 997 alone by default, a TA1 too when ISA14 asks or
 * the envelope is wrong, a TA1 alone (R 025) for a refused interchange; for EDIFACT a CONTRL only when UNB 0031 or the
 * profile asks; answers to test traffic are marked test.
 */
class FunctionalAcknowledgementsTest {

	private final InMemoryPartnerOutbox outbox = new InMemoryPartnerOutbox();
	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T12:00:00Z"));
	private final PartnerFormats formats = new PartnerFormats(
			List.of(new X12MessageReader(), new EdifactMessageReader()),
			List.<PartnerMessageWriter>of(new X12MessageWriter(), new EdifactMessageWriter()), new Counters(),
			new SupplierProperties(null, Duration.ofDays(30), null, null, null, null, null, 0), clock);
	private final FunctionalAcknowledgements answers = new FunctionalAcknowledgements(formats, outbox, clock);

	static final String X855 = """
			ISA*00*          *00*          *ZZ*ACMEX12        *ZZ*DISTHUB        *261127*1200*U*00401*000000005*0*P*>~
			GS*PR*ACMEX12*DISTHUB*20261127*1200*5*X*004010~
			ST*855*0001~
			BAK*00*AC*PO-1*20261127~
			SE*3*0001~
			GE*1*5~
			IEA*1*000000005~
			""";

	static final String ORDRSP = """
			UNB+UNOC:3+4012345000009:14+5412345000013:14+260127:1808+78'
			UNH+1+ORDRSP:D:96A:UN'
			BGM+231+RSP-10+29'
			RFF+ON:PO-1001'
			UNT+4+1'
			UNZ+1+78'
			""";

	@Test
	void anX12InterchangeGetsA997AloneUnlessItAsksForATa1() {
		var plain = answers.send(profile(PartnerPhase.LIVE, false), UUID.randomUUID(), read(X855).envelope(),
				read(X855).groups(), false, null);
		assertThat(plain.functionalAck()).isNotNull();
		assertThat(plain.interchangeAck()).isNull();

		String asking = X855.replace("*000000005*0*P*", "*000000005*1*P*");
		var both = answers.send(profile(PartnerPhase.LIVE, false), UUID.randomUUID(), read(asking).envelope(),
				read(asking).groups(), false, null);
		assertThat(text(both.interchangeAck())).contains("TA1*000000005*261127*1200*A*000~");
		assertThat(outbox.find(both.interchangeAck()).orElseThrow().kind()).isEqualTo(OutboxKind.INTERCHANGE_ACK);
	}

	@Test
	void aRefusedInterchangeGetsATa1AloneAndTestTrafficIsAnsweredAsTest() {
		ReadResult read = read(X855);
		var refused = answers.send(profile(PartnerPhase.LIVE, false), UUID.randomUUID(), read.envelope(),
				read.groups(), true, InterchangeReport.duplicateControlNumber(read.envelope()));

		assertThat(refused.functionalAck()).isNull();
		assertThat(text(refused.interchangeAck())).contains("*0*T*>~").contains("TA1*000000005*261127*1200*R*025~");
	}

	@Test
	void anEdifactInterchangeGetsAControlMessageOnlyWhenAskedOrWhenTheProfileWantsOne() {
		ReadResult plain = read(ORDRSP);
		assertThat(answers.send(profile(PartnerPhase.LIVE, false), UUID.randomUUID(), plain.envelope(),
				plain.groups(), false, null).functionalAck()).isNull();

		var wanted = answers.send(profile(PartnerPhase.LIVE, true), UUID.randomUUID(), plain.envelope(),
				plain.groups(), false, null);
		assertThat(text(wanted.functionalAck())).contains("UCI+78+4012345000009:14+5412345000013:14+7'");

		String asking = ORDRSP.replace("260127:1808+78'", "260127:1808+78++++1'");
		ReadResult read = read(asking);
		var asked = answers.send(profile(PartnerPhase.LIVE, false), UUID.randomUUID(), read.envelope(),
				read.groups(), false, null);
		assertThat(text(asked.functionalAck())).contains("UCM+1+ORDRSP:D:96A:UN+7'");
	}

	private ReadResult read(String text) {
		return formats.read(text.startsWith("ISA") ? Channel.X12 : Channel.EDIFACT,
				text.getBytes(StandardCharsets.UTF_8));
	}

	private String text(UUID id) {
		return new String(outbox.find(id).orElseThrow().content(), StandardCharsets.UTF_8);
	}

	private static PartnerProfile profile(PartnerPhase phase, boolean sendContrl) {
		return new PartnerProfile("acme", "Acme", Set.of(Channel.X12, Channel.EDIFACT), Channel.X12,
				new EdiIdentity("ZZ", "ACMEX12", "ACMEX12"), null, Duration.ofHours(48), RemainderPolicy.CANCEL,
				Map.of(), List.of(), true, phase, sendContrl,
				org.distributionhub.supplier.partners.api.PriceChangeSource.CTP_OR_PO104);
	}

	/** Counters in memory. */
	static final class Counters implements ControlNumbers {

		private final Map<String, Long> last = new HashMap<>();

		@Override
		public long next(String supplierId, String kind) {
			return last.merge(supplierId + "/" + kind, 1L, Long::sum);
		}
	}
}
