package org.distributionhub.supplier.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.distributionhub.supplier.procurement.domain.StatusMeaning.Qualifier;
import org.junit.jupiter.api.Test;

/**
 * Random valid ACK loops (quantity parts, qualifiers without quantity, schedule lines) against a small reference
 * model of a line's outcome, written from the rules rather than from the code: what is delivered, held, backordered,
 * rejected and cancelled, the quantity confirmed on dates, the price and the substitute.
 */
class AckLoopPropertyTest {

	static final LocalDate REQUESTED = LocalDate.of(2026, 12, 10);
	static final List<LocalDate> DATES = List.of(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 20),
			LocalDate.of(2027, 2, 14));
	static final Currency USD = Currency.getInstance("USD");
	static final Money ORDERED_PRICE = new Money(new BigDecimal("410.00"), USD);
	static final Sku SUBSTITUTE = new Sku("NAS1149-08A");

	/** The kinds of statement a generated number stands for, as X12 codes. */
	enum Kind {
		IA_QTY, IQ_QTY, IB_QTY, IR_QTY, IH_QTY, BP_QTY, IS_QTY, DR_QTY, DR, IP, IS, IA, IR, IB, IH
	}

	@Test
	void aLinesOutcomeIsTheReferenceModelsForAnyValidAckLoop() {
		qt().withExamples(2000)
			.forAll(integers().between(1, 200), lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 6),
					lists().of(integers().between(0, 120)).ofSizeBetween(0, 3), booleans().all())
			.checkAssert((ordered, codes, scheduled, backorderPolicy) -> {
				List<LineStatement> statements = codes.stream().map(code -> statement(code, ordered)).toList();
				List<Delivery> schedule = new ArrayList<>();
				for (int i = 0; i < scheduled.size(); i++) {
					schedule.add(new Delivery(ea(scheduled.get(i) + 1), DATES.get(i)));
				}
				RemainderPolicy policy = backorderPolicy ? RemainderPolicy.BACKORDER : RemainderPolicy.CANCEL;
				LineState state = applied(ordered, statements, schedule, policy);
				Model model = Model.of(ordered, statements, schedule, policy);

				assertThat(state.expected(ea(0)).amount()).as("expected").isEqualByComparingTo(model.expected());
				assertThat(state.confirmed(ea(0)).amount()).as("confirmed").isEqualByComparingTo(model.confirmed());
				assertThat(state.rejected().amount()).as("rejected").isEqualByComparingTo(model.rejected());
				assertThat(state.cancelled().amount()).as("cancelled").isEqualByComparingTo(model.cancelled());
				assertThat(state.substitute()).isEqualTo(model.substitute());
				assertThat(state.unitPrice()).isEqualTo(model.price());
				BigDecimal stated = statements.stream().map(LineStatement::quantity).filter(Objects::nonNull)
					.map(Quantity::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
				if (schedule.isEmpty()) {
					assertThat(state.expected(ea(0)).amount().add(state.rejected().amount())
						.add(state.cancelled().amount())).as("the ordered quantity is never added to a stated one")
						.isEqualByComparingTo(BigDecimal.valueOf(ordered).max(stated));
				}
				state.schedule().stream().map(Delivery::date).filter(Objects::nonNull)
					.forEach(date -> assertThat(date).isIn(DATES.get(0), DATES.get(1), DATES.get(2), REQUESTED));
			});
	}

	static LineStatement statement(int code, int ordered) {
		Kind kind = Kind.values()[code % Kind.values().length];
		Quantity quantity = ea((code / 16) % (ordered + 1));
		LocalDate date = (code / 4096) % 2 == 0 ? null : DATES.get((code / 8192) % DATES.size());
		return switch (kind) {
			case IA_QTY -> plain(LineStatus.ACCEPTED, Qualifier.NONE, quantity, date);
			case IQ_QTY -> plain(LineStatus.ACCEPTED, Qualifier.QUANTITY, quantity, date);
			case IB_QTY -> plain(LineStatus.BACKORDERED, Qualifier.NONE, quantity, date);
			case IR_QTY -> plain(LineStatus.REJECTED, Qualifier.NONE, quantity, null);
			case IH_QTY -> plain(LineStatus.ON_HOLD, Qualifier.NONE, quantity, date);
			case BP_QTY -> plain(LineStatus.ACCEPTED_BALANCE_BACKORDERED, Qualifier.NONE, quantity, date);
			case IS_QTY -> new LineStatement(new StatusMeaning(LineStatus.SUBSTITUTED, Qualifier.SUBSTITUTION),
					quantity, date, null, SUBSTITUTE, null);
			case DR_QTY -> plain(LineStatus.ACCEPTED, Qualifier.DATE, quantity, DATES.get(code % DATES.size()));
			case DR -> plain(LineStatus.ACCEPTED, Qualifier.DATE, null, DATES.get(code % DATES.size()));
			case IP -> new LineStatement(new StatusMeaning(LineStatus.ACCEPTED, Qualifier.PRICE), null, null,
					new Money(BigDecimal.valueOf(100 + code % 50), USD), null, null);
			case IS -> new LineStatement(new StatusMeaning(LineStatus.SUBSTITUTED, Qualifier.SUBSTITUTION), null,
					null, null, SUBSTITUTE, null);
			case IA -> plain(LineStatus.ACCEPTED, Qualifier.NONE, null, date);
			case IR -> plain(LineStatus.REJECTED, Qualifier.NONE, null, null);
			case IB -> plain(LineStatus.BACKORDERED, Qualifier.NONE, null, date);
			case IH -> plain(LineStatus.ON_HOLD, Qualifier.NONE, null, date);
		};
	}

	static LineStatement plain(LineStatus status, Qualifier qualifier, Quantity quantity, LocalDate date) {
		return new LineStatement(new StatusMeaning(status, qualifier), quantity, date, null, null, null);
	}

	static LineState applied(int ordered, List<LineStatement> statements, List<Delivery> schedule,
			RemainderPolicy policy) {
		var line = new PurchaseOrderLine("1", new Sku("NAS1149-08"), ea(ordered), ORDERED_PRICE, REQUESTED, null);
		var order = new PurchaseOrder(new PurchaseOrderId("acme", "PO-1"), 0, REQUESTED.minusDays(20), "WH1", "USD",
				List.of(line), Instant.parse("2026-12-01T00:00:00Z"));
		order.acknowledge(new Acknowledgement("PO-1", Purpose.ORIGINAL, Disposition.ACCEPT_UNLISTED,
				Instant.parse("2026-11-27T10:00:00Z"), List.of(AckLoop.answer("1", ea(ordered), statements, schedule, null))),
				policy);
		return order.line("1").orElseThrow().state();
	}

	static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}

	/** The reference model: amounts per fate, summed the way a buyer reading the 855 by hand would. */
	record Model(BigDecimal expected, BigDecimal confirmed, BigDecimal rejected, BigDecimal cancelled, Sku substitute,
			Money price) {

		static Model of(int ordered, List<LineStatement> statements, List<Delivery> schedule,
				RemainderPolicy policy) {
			long delivering = 0;
			long held = 0;
			long backorderedDated = 0;
			long backorderedUndated = 0;
			long rejected = 0;
			boolean balance = false;
			boolean anyDelivering = false;
			List<LineStatement> quantified = statements.stream().filter(s -> s.quantity() != null).toList();
			if (!quantified.isEmpty()) {
				long stated = 0;
				for (LineStatement s : quantified) {
					long q = s.quantity().amount().longValueExact();
					stated += q;
					switch (s.meaning().status()) {
						case ACCEPTED, SUBSTITUTED -> {
							delivering += q;
							anyDelivering = true;
						}
						case ACCEPTED_BALANCE_BACKORDERED -> {
							delivering += q;
							anyDelivering = true;
							balance = true;
						}
						case ON_HOLD -> held += q;
						case BACKORDERED -> {
							if (s.date() != null) {
								backorderedDated += q;
							}
							else {
								backorderedUndated += q;
							}
						}
						case REJECTED -> rejected += q;
					}
				}
				long rest = Math.max(0, ordered - stated);
				LineStatement taker = statements.stream().filter(s -> s.quantity() == null)
					.filter(s -> s.meaning().status() != LineStatus.ACCEPTED
							&& s.meaning().status() != LineStatus.SUBSTITUTED)
					.findFirst().orElse(null);
				if (taker != null) {
					switch (taker.meaning().status()) {
						case REJECTED -> rejected += rest;
						case ON_HOLD -> held += rest;
						case BACKORDERED -> {
							if (taker.date() != null) {
								backorderedDated += rest;
							}
							else {
								backorderedUndated += rest;
							}
						}
						default -> backorderedUndated += rest;
					}
				}
			}
			else {
				var statuses = statements.stream().map(s -> s.meaning().status()).toList();
				if (statuses.contains(LineStatus.REJECTED)) {
					rejected = ordered;
				}
				else if (statuses.contains(LineStatus.ON_HOLD)) {
					held = ordered;
				}
				else if (statuses.contains(LineStatus.BACKORDERED)) {
					boolean dated = statements.stream()
						.anyMatch(s -> s.meaning().status() == LineStatus.BACKORDERED && s.date() != null);
					backorderedDated = dated ? ordered : 0;
					backorderedUndated = dated ? 0 : ordered;
				}
				else {
					delivering = ordered;
					anyDelivering = true;
				}
			}
			if (!schedule.isEmpty() && anyDelivering) {
				delivering = schedule.stream().mapToLong(d -> d.quantity().amount().longValueExact()).sum();
			}
			long specified = delivering + held + backorderedDated + backorderedUndated + rejected;
			long remainder = Math.max(0, ordered - specified);
			long cancelled = 0;
			if (balance && !schedule.isEmpty()) {
				// a schedule that replaces a balance-backordered part keeps the balance backordered
				backorderedUndated += remainder;
			}
			else if (balance || policy == RemainderPolicy.BACKORDER) {
				backorderedUndated += remainder;
			}
			else {
				cancelled = remainder;
			}
			Sku substitute = statements.stream().map(LineStatement::substitute).filter(Objects::nonNull).findFirst()
				.orElse(null);
			Money price = statements.stream().map(LineStatement::price).filter(Objects::nonNull).findFirst()
				.orElse(ORDERED_PRICE);
			return new Model(BigDecimal.valueOf(delivering + held + backorderedDated + backorderedUndated),
					BigDecimal.valueOf(delivering + held + backorderedDated), BigDecimal.valueOf(rejected),
					BigDecimal.valueOf(cancelled), substitute, price);
		}
	}
}
