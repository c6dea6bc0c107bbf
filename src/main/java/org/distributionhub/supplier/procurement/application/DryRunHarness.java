package org.distributionhub.supplier.procurement.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.api.DryRunReport;
import org.distributionhub.supplier.api.DryRunReport.Answer;
import org.distributionhub.supplier.api.DryRunReport.LineEffect;
import org.distributionhub.supplier.api.DryRunReport.Mapping;
import org.distributionhub.supplier.api.DryRunReport.Problem;
import org.distributionhub.supplier.api.FindDryRunResults.DryRunSummary;
import org.distributionhub.supplier.api.MessageReceipt;
import org.distributionhub.supplier.api.RunDryRuns;
import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.api.ReceivedFunctionalAck;
import org.distributionhub.supplier.exchange.api.ReceivedShipNotice;
import org.distributionhub.supplier.exchange.api.RehearsePartnerMessage;
import org.distributionhub.supplier.exchange.api.RehearsePartnerMessage.Rehearsal;
import org.distributionhub.supplier.exchange.api.RehearsePartnerMessage.SampleRead;
import org.distributionhub.supplier.partners.api.FindPartnerProfile;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderId;
import org.distributionhub.supplier.procurement.ports.out.DryRuns;
import org.distributionhub.supplier.procurement.ports.out.PurchaseOrders;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a supplier's sample through the real reader, the real intake and the real purchase order rules in one
 * transaction that is always rolled back: the purchase orders it names are read before and after the intake applied
 * it as live traffic, the answers it put in the outbox are read back, then everything it wrote (the message, parked
 * documents, control numbers, outbox entries, purchase order changes, event publications) goes with the rollback.
 * Only the report is kept, with an entry in the admin audit trail.
 */
@Service
class DryRunHarness implements RunDryRuns {

	private static final Logger log = LoggerFactory.getLogger(DryRunHarness.class);

	private final FindPartnerProfile profiles;
	private final RehearsePartnerMessage exchange;
	private final PurchaseOrders orders;
	private final DryRunMappings mappings;
	private final DryRuns dryRuns;
	private final AdminAudit audit;
	private final TransactionTemplate rolledBack;
	private final Clock clock;

	DryRunHarness(FindPartnerProfile profiles, RehearsePartnerMessage exchange, PurchaseOrders orders,
			DryRunMappings mappings, DryRuns dryRuns, AdminAudit audit, PlatformTransactionManager transactions,
			Clock clock) {
		this.profiles = profiles;
		this.exchange = exchange;
		this.orders = orders;
		this.mappings = mappings;
		this.dryRuns = dryRuns;
		this.audit = audit;
		this.rolledBack = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public DryRunReport run(DryRunCommand command) {
		PartnerProfile profile = profiles.profile(command.supplierId())
			.orElseThrow(() -> new UnknownSupplierForDryRun(command.supplierId()));
		Channel channel = SampleFormats.channel(command.format(), command.contentType(), command.content());
		Instant ranAt = clock.instant();
		SampleRead read = exchange.read(channel, command.content());
		SampleLocations where = new SampleLocations(channel, command.content());
		Outcome outcome = rolledBack.execute(status -> {
			status.setRollbackOnly();
			return rehearse(command, channel, profile, read, where);
		});
		DryRunReport report = DryRunReports.of(command, profile, channel, ranAt, read, where, outcome);
		long id = dryRuns.save(report);
		audit.record(command.ranBy(), "DRY_RUN", command.supplierId(), "dry run of a " + report.format() + " sample",
				"dry run " + id + ": " + report.documentType() + (report.passed() ? " passed" : " did not pass") + ", "
						+ report.problems().size() + " problem(s)");
		return report.withId(id);
	}

	/** Inside the transaction that is rolled back: orders before, mappings, the intake, orders after. */
	private Outcome rehearse(DryRunCommand command, Channel channel, PartnerProfile profile, SampleRead read,
			SampleLocations where) {
		Set<PurchaseOrderId> named = named(profile.supplierId(), read.documents());
		Map<PurchaseOrderId, PurchaseOrder> before = load(named);
		List<Mapping> mapped = mappings.of(read.documents(), profile, before, where);
		Rehearsal rehearsal;
		try {
			rehearsal = exchange.rehearse(command.supplierId(), channel, command.contentType(), command.fileName(),
					command.content());
		}
		catch (RuntimeException ex) {
			log.warn("Dry run of a sample of supplier {} failed on our side", command.supplierId(), ex);
			return new Outcome(mapped, List.of(), null, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		Map<PurchaseOrderId, PurchaseOrder> after = load(named);
		List<LineEffect> effects = new ArrayList<>();
		before.forEach((id, order) -> effects.addAll(LineViews.effects(order, after.get(id))));
		return new Outcome(mapped, effects, rehearsal, null);
	}

	/** The purchase orders the documents name: acknowledged, shipped, or sent in the group a 997 acknowledges. */
	private Set<PurchaseOrderId> named(String supplierId, List<PartnerDocument> documents) {
		Set<PurchaseOrderId> ids = new LinkedHashSet<>();
		for (PartnerDocument document : documents) {
			if (document instanceof ReceivedAcknowledgement ack) {
				add(ids, supplierId, ack.poNumber());
			}
			else if (document instanceof ReceivedShipNotice notice) {
				notice.items().forEach(item -> add(ids, supplierId, item.poNumber()));
			}
			else if (document instanceof ReceivedFunctionalAck ack && "PO".equalsIgnoreCase(ack.functionalId())
					&& ack.groupControlNumber().strip().matches("\\d{1,18}")) {
				ids.addAll(orders.findByDispatchGroup(supplierId, Long.parseLong(ack.groupControlNumber().strip())));
			}
		}
		return ids;
	}

	private static void add(Set<PurchaseOrderId> ids, String supplierId, @Nullable String poNumber) {
		if (PurchaseOrderId.isPoNumber(poNumber)) {
			ids.add(new PurchaseOrderId(supplierId, poNumber));
		}
	}

	private Map<PurchaseOrderId, PurchaseOrder> load(Set<PurchaseOrderId> ids) {
		Map<PurchaseOrderId, PurchaseOrder> loaded = new LinkedHashMap<>();
		ids.forEach(id -> orders.find(id).ifPresent(order -> loaded.put(id, order)));
		return loaded;
	}

	@Override
	public Optional<DryRunReport> report(String supplierId, long id) {
		return dryRuns.find(supplierId, id);
	}

	@Override
	public List<DryRunSummary> history(String supplierId, int limit) {
		return dryRuns.history(supplierId, Math.max(1, Math.min(limit, 500)));
	}

	/** What the rolled-back transaction found; {@code failure} when the intake failed on our side. */
	record Outcome(List<Mapping> mappings, List<LineEffect> effects, @Nullable Rehearsal rehearsal,
			@Nullable String failure) {
	}

	/** The answers of a rehearsal as the report names them. */
	static List<Answer> answers(Channel channel, Rehearsal rehearsal, String receiptJson) {
		List<Answer> answers = new ArrayList<>();
		for (var answer : rehearsal.answers()) {
			String kind = switch (answer.kind()) {
				case "INTERCHANGE_ACK" -> "TA1";
				case "FUNCTIONAL_ACK" -> channel == Channel.EDIFACT ? "CONTRL" : "997";
				default -> answer.kind();
			};
			answers.add(new Answer(kind, answer.fileName(), answer.contentType(), answer.text()));
		}
		if (channel == Channel.API || channel == Channel.CSV) {
			answers.add(new Answer("API receipt", "", "application/json", receiptJson));
		}
		return answers;
	}

	static List<Problem> problems(MessageReceipt receipt) {
		return receipt.problems().stream().map(problem -> new Problem(problem.path(), problem.message(), "intake"))
			.toList();
	}
}
