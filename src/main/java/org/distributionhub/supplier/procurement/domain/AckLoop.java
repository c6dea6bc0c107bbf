package org.distributionhub.supplier.procurement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a supplier said of one line the way the standards mean it. Statements that carry a quantity are the
 * parts of the line, each on its own date or, failing that, on the date a date statement (DR) gave; they are never
 * added to the ordered quantity. Statements without a quantity qualify the line: a date, a price, a substitute; a
 * rejection, backorder or hold without a quantity takes what the parts leave of the line. A line with no quantity
 * at all is answered as a whole by its strongest status (rejected, held, backordered, substituted, accepted).
 * Schedule lines (X12 SCH) split what is accepted over their dates.
 */
public final class AckLoop {

	private static final Set<LineStatus> REST_TAKERS = EnumSet.of(LineStatus.REJECTED, LineStatus.BACKORDERED,
			LineStatus.ON_HOLD, LineStatus.ACCEPTED_BALANCE_BACKORDERED);

	private static final List<LineStatus> STRENGTH = List.of(LineStatus.REJECTED, LineStatus.ON_HOLD,
			LineStatus.BACKORDERED, LineStatus.ACCEPTED_BALANCE_BACKORDERED, LineStatus.SUBSTITUTED,
			LineStatus.ACCEPTED);

	private AckLoop() {
	}

	/**
	 * The answer for line {@code lineNumber} of {@code ordered}; {@code price} is the line's price when no statement
	 * names a new one (null keeps the price we had). What the parts leave of the line is worked out here, before
	 * schedule lines replace the accepted parts, so a schedule never changes what a rejection took.
	 */
	public static Acknowledgement.LineAnswer answer(String lineNumber, Quantity ordered,
			List<LineStatement> statements, List<Delivery> schedule, @Nullable Money price) {
		LocalDate qualifiedDate = qualifiedDate(statements);
		Sku substitute = statements.stream().map(LineStatement::substitute).filter(Objects::nonNull).findFirst()
				.orElse(null);
		Money newPrice = statements.stream().map(LineStatement::price).filter(Objects::nonNull).findFirst()
				.orElse(price);
		String reason = statements.stream().map(LineStatement::reason).filter(Objects::nonNull).findFirst()
				.orElse(null);
		List<Acknowledgement.Part> parts = new ArrayList<>();
		List<LineStatement> quantified = statements.stream().filter(LineStatement::hasQuantity).toList();
		if (!quantified.isEmpty()) {
			for (LineStatement statement : quantified) {
				LineStatus status = statement.meaning().status();
				parts.add(new Acknowledgement.Part(status, statement.quantity(), dateOf(status, statement.date(),
						qualifiedDate)));
			}
			Quantity stated = quantified.stream().map(LineStatement::quantity).filter(Objects::nonNull)
					.reduce(new Quantity(BigDecimal.ZERO, ordered.unit()), Quantity::plus);
			Quantity rest = ordered.isGreaterThan(stated) ? ordered.minus(stated)
					: new Quantity(BigDecimal.ZERO, ordered.unit());
			statements.stream().filter(statement -> !statement.hasQuantity()
					&& REST_TAKERS.contains(statement.meaning().status())).findFirst().ifPresent(taker -> {
						LineStatus status = taker.meaning().status() == LineStatus.ACCEPTED_BALANCE_BACKORDERED
								? LineStatus.BACKORDERED : taker.meaning().status();
						parts.add(new Acknowledgement.Part(status, rest, dateOf(status, taker.date(), qualifiedDate)));
					});
		}
		else {
			LineStatus status = statements.stream().map(statement -> statement.meaning().status())
					.min(Comparator.comparingInt(STRENGTH::indexOf)).orElse(LineStatus.ACCEPTED);
			LocalDate own = statements.stream().filter(statement -> statement.meaning().status() == status)
					.map(LineStatement::date).filter(Objects::nonNull).findFirst().orElse(null);
			parts.add(new Acknowledgement.Part(status, ordered, dateOf(status, own, qualifiedDate)));
		}
		List<Acknowledgement.Part> substituted = substitute == null ? parts : parts.stream()
				.map(part -> part.status() == LineStatus.ACCEPTED
						? new Acknowledgement.Part(LineStatus.SUBSTITUTED, part.quantity(), part.date()) : part)
				.toList();
		return new Acknowledgement.LineAnswer(lineNumber, scheduled(substituted, schedule, substitute != null),
				newPrice, substitute, reason);
	}

	/** The date a statement without quantity gives the line: a date statement's first, else any such date. */
	private static @Nullable LocalDate qualifiedDate(List<LineStatement> statements) {
		List<LineStatement> unquantified = statements.stream()
				.filter(statement -> !statement.hasQuantity() && statement.date() != null
						&& accepts(statement.meaning().status()))
				.toList();
		return unquantified.stream().filter(statement -> statement.meaning().qualifier() == StatusMeaning.Qualifier.DATE)
				.map(LineStatement::date).findFirst()
				.orElse(unquantified.stream().map(LineStatement::date).findFirst().orElse(null));
	}

	private static @Nullable LocalDate dateOf(LineStatus status, @Nullable LocalDate own,
			@Nullable LocalDate qualified) {
		if (status == LineStatus.REJECTED) {
			return null;
		}
		if (own != null || status == LineStatus.BACKORDERED) {
			return own;
		}
		return qualified;
	}

	/** Schedule lines replace the accepted parts; a balance the accepted parts backordered stays backordered. */
	private static List<Acknowledgement.Part> scheduled(List<Acknowledgement.Part> parts, List<Delivery> schedule,
			boolean substituted) {
		if (schedule.isEmpty() || parts.stream().noneMatch(part -> delivers(part.status()))) {
			return parts;
		}
		List<Acknowledgement.Part> result = new ArrayList<>();
		boolean balance = false;
		for (Acknowledgement.Part part : parts) {
			if (delivers(part.status())) {
				balance |= part.status() == LineStatus.ACCEPTED_BALANCE_BACKORDERED;
			}
			else {
				result.add(part);
			}
		}
		LineStatus status = substituted ? LineStatus.SUBSTITUTED : LineStatus.ACCEPTED;
		for (Delivery delivery : schedule) {
			result.add(new Acknowledgement.Part(status, delivery.quantity(), delivery.date()));
		}
		if (balance) {
			result.add(new Acknowledgement.Part(LineStatus.BACKORDERED, null, null));
		}
		return result;
	}

	private static boolean delivers(LineStatus status) {
		return status == LineStatus.ACCEPTED || status == LineStatus.SUBSTITUTED
				|| status == LineStatus.ACCEPTED_BALANCE_BACKORDERED;
	}

	private static boolean accepts(LineStatus status) {
		return status == LineStatus.ACCEPTED || status == LineStatus.SUBSTITUTED || status == LineStatus.ON_HOLD
				|| status == LineStatus.ACCEPTED_BALANCE_BACKORDERED;
	}
}
