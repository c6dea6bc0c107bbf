package org.distributionhub.supplier.procurement.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.exchange.api.CodeList;
import org.distributionhub.supplier.exchange.api.MappingFailure;
import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Status;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.distributionhub.supplier.partners.api.ItemMapping;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.api.PriceChangeSource;
import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.distributionhub.supplier.procurement.domain.Acknowledgement;
import org.distributionhub.supplier.procurement.domain.Delivery;
import org.distributionhub.supplier.procurement.domain.LineStatus;
import org.distributionhub.supplier.procurement.domain.Purpose;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderId;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderLine;
import org.junit.jupiter.api.Test;

/** Partners' acknowledgements put in our terms: codes, items, units, prices and the ACK loop of each line. */
class AcknowledgementTranslatorTest {

	static final LocalDate REQUESTED = LocalDate.of(2026, 12, 10);
	static final LocalDate NEW_DATE = LocalDate.of(2027, 1, 15);
	static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
	static final UnitOfMeasure EA = UnitOfMeasure.EACH;

	final AcknowledgementTranslator translator = new AcknowledgementTranslator(new ItemResolver());

	static PartnerProfile profile(PriceChangeSource prices) {
		return new PartnerProfile("aero", "Aerospace", Set.of(Channel.X12), Channel.X12,
				new EdiIdentity("ZZ", "AERO", "AERO"), null, Duration.ofHours(48), RemainderPolicy.CANCEL, Map.of(),
				List.of(mapping("P-0815", "NAS1149-08"), mapping("P-0816", "NAS1149-08A")), true,
				org.distributionhub.supplier.partners.api.PartnerPhase.LIVE, false, prices);
	}

	static ItemMapping mapping(String part, String sku) {
		return new ItemMapping(part, new Sku(sku), null, EA, EA, BigDecimal.ONE);
	}

	static PurchaseOrder order() {
		return new PurchaseOrder(new PurchaseOrderId("aero", "PO-1"), 0, REQUESTED.minusDays(14), "DC-EAST", "USD",
				List.of(new PurchaseOrderLine("1", new Sku("NAS1149-08"), Quantity.of(25, EA),
						new Money(new BigDecimal("410.00"), java.util.Currency.getInstance("USD")), REQUESTED, null)),
				AT);
	}

	static Status status(String code, BigDecimal quantity, LocalDate date, BigDecimal price, List<PartnerItemId> ids) {
		return new Status(code, null, quantity, null, date == null ? null : "068", date, price, ids, null);
	}

	static ReceivedAcknowledgement ack(String purpose, BigDecimal po104, List<Status> statuses) {
		return new ReceivedAcknowledgement("0001", "PO-1", CodeList.X12, purpose, "AC", REQUESTED.minusDays(14), null,
				null, List.of(new ReceivedAcknowledgement.Line("1", List.of(new PartnerItemId("VP", "P-0815")),
						new BigDecimal("25"), "EA", po104, null, statuses, List.of())));
	}

	static List<Status> aerospace(BigDecimal ctp) {
		return List.of(status("IP", null, null, ctp, List.of()), status("DR", null, NEW_DATE, null, List.of()),
				status("IQ", new BigDecimal("20"), null, null, List.of()),
				status("IS", null, null, null, List.of(new PartnerItemId("VP", "P-0816"))));
	}

	@Test
	void anAerospaceResponseIsOneAnswerOfTwentyOnTheNewDateWithTheSubstituteAndTheCtpPrice() throws Exception {
		var order = order();
		Acknowledgement ack = translator.translate(ack("11", new BigDecimal("410"), aerospace(new BigDecimal("395.5"))),
				profile(PriceChangeSource.CTP_OR_PO104), order, AT);

		assertThat(ack.purpose()).isEqualTo(Purpose.ORIGINAL);
		var answer = ack.lines().get(0);
		assertThat(answer.parts()).containsExactly(
				new Acknowledgement.Part(LineStatus.SUBSTITUTED, Quantity.of(20, EA), NEW_DATE));
		assertThat(answer.substitute()).isEqualTo(new Sku("NAS1149-08A"));
		assertThat(answer.unitPrice().amount()).isEqualByComparingTo("395.5");

		order.acknowledge(ack, RemainderPolicy.CANCEL);
		assertThat(order.line("1").orElseThrow().state().schedule())
			.containsExactly(new Delivery(Quantity.of(20, EA), NEW_DATE));
	}

	@Test
	void theProfileSaysWhetherThePriceOfAPriceChangeIsInCtpOrPo104() throws Exception {
		var withBoth = ack("00", new BigDecimal("402"), aerospace(new BigDecimal("395.5")));
		var po104Only = ack("00", new BigDecimal("402"), aerospace(null));

		assertThat(price(withBoth, PriceChangeSource.CTP)).isEqualByComparingTo("395.5");
		assertThat(price(withBoth, PriceChangeSource.PO104)).isEqualByComparingTo("402");
		assertThat(price(withBoth, PriceChangeSource.CTP_OR_PO104)).isEqualByComparingTo("395.5");
		assertThat(price(po104Only, PriceChangeSource.CTP_OR_PO104)).isEqualByComparingTo("402");
		assertThat(price(po104Only, PriceChangeSource.CTP)).isNull();
	}

	@Test
	void aPurposeTheHubDoesNotApplyIsRefusedWithAReason() {
		assertThatThrownBy(() -> translator.translate(ack("16", null, aerospace(null)),
				profile(PriceChangeSource.CTP_OR_PO104), order(), AT))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'16' (proposed)");
	}

	@Test
	void aQuantityWithoutUnitIsInThePurchaseOrderLinesUnit() throws Exception {
		var ack = translator.translate(ack("00", null, List.of(status("IA", new BigDecimal("25"), null, null,
				List.of()))), profile(PriceChangeSource.CTP_OR_PO104), order(), AT);

		assertThat(ack.lines().get(0).parts()).extracting(Acknowledgement.Part::quantity)
			.containsExactly(Quantity.of(25, EA));
	}

	@Test
	void anEdifactChangedLineAppliesItsNewQuantityAndANotAcceptedLineIsRejected() throws Exception {
		var order = new PurchaseOrder(new PurchaseOrderId("aero", "PO-1"), 0, REQUESTED.minusDays(14), "DC-EAST", "USD",
				List.of(new PurchaseOrderLine("1", new Sku("NAS1149-08"), Quantity.of(25, EA), null, REQUESTED, null),
						new PurchaseOrderLine("2", new Sku("NAS1149-08A"), Quantity.of(10, EA), null, REQUESTED, null)),
				AT);
		var ordrsp = new ReceivedAcknowledgement("ORDRSP-1", "PO-1", CodeList.EDIFACT, "4", null, null, null, null,
				List.of(new ReceivedAcknowledgement.Line("1", List.of(), null, null, null, null,
						List.of(new Status("3", null, new BigDecimal("20"), null, null, NEW_DATE, null, List.of(), null)),
						List.of()),
						new ReceivedAcknowledgement.Line("2", List.of(), null, null, null, null,
								List.of(new Status("7", null, null, null, null, null, null, List.of(), null)), List.of())));

		var ack = translator.translate(ordrsp, profile(PriceChangeSource.CTP_OR_PO104), order, AT);
		order.acknowledge(ack, RemainderPolicy.CANCEL);

		assertThat(ack.purpose()).isEqualTo(Purpose.CHANGE);
		assertThat(order.line("1").orElseThrow().state().schedule())
			.containsExactly(new Delivery(Quantity.of(20, EA), NEW_DATE));
		assertThat(order.line("2").orElseThrow().state().rejected()).isEqualTo(Quantity.of(10, EA));
		assertThat(order.line("2").orElseThrow().state().reason()).isEqualTo("not accepted");
	}

	@Test
	void anEdifactChangedLineNamingASubstituteWithPia3MovesTheLineToTheSubstitute() throws Exception {
		var order = new PurchaseOrder(new PurchaseOrderId("aero", "PO-1"), 0, REQUESTED.minusDays(14), "DC-EAST", "USD",
				List.of(new PurchaseOrderLine("1", new Sku("NAS1149-08"), Quantity.of(25, EA), null, REQUESTED, null)),
				AT);
		var ordrsp = new ReceivedAcknowledgement("ORDRSP-2", "PO-1", CodeList.EDIFACT, "4", null, null, null, null,
				List.of(new ReceivedAcknowledgement.Line("1", List.of(), null, null, null, null,
						List.of(new Status("3", null, new BigDecimal("25"), null, null, NEW_DATE, null,
								List.of(new PartnerItemId("SA", "P-0816")), null)),
						List.of())));

		var ack = translator.translate(ordrsp, profile(PriceChangeSource.CTP_OR_PO104), order, AT);

		assertThat(ack.lines().get(0).substitute()).isEqualTo(new Sku("NAS1149-08A"));
	}

	BigDecimal price(ReceivedAcknowledgement ack, PriceChangeSource source) throws MappingFailure {
		Money price = translator.translate(ack, profile(source), order(), AT).lines().get(0).unitPrice();
		return price == null ? null : price.amount();
	}
}
