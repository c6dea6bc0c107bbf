package org.distributionhub.console.adapters.in.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.distributionhub.supplier.api.FindDryRunResults.DryRunSummary;
import org.distributionhub.supplier.api.SupplierProfileCommands.OnboardingFacts;
import org.jspecify.annotations.Nullable;

/**
 * The onboarding checklist on a supplier's page: identity set, an active key, the cross-reference loaded, a sample
 * of each document type its channels bring through the dry run, and the go-live date; each step links to where it
 * is done.
 */
record OnboardingChecklist(List<Step> steps, List<SampleRun> samples) {

	/** The documents a supplier sends on each channel, by the dry run's document type. */
	static final Map<String, List<String>> DOCUMENT_TYPES = Map.of("X12", List.of("855", "856"), "EDIFACT",
			List.of("ORDRSP", "DESADV"), "CSV", List.of("CSV"), "API", List.of("JSON"));

	/**
	 * {@code id} names the step in the page (checklist-identity ...); {@code link} is where it is done; {@code at}
	 * is when it was done, where that is known.
	 */
	record Step(String id, String title, boolean done, String detail, String link, String linkText,
			@Nullable Instant at) {

		Step(String id, String title, boolean done, String detail, String link, String linkText) {
			this(id, title, done, detail, link, linkText, null);
		}
	}

	/** The newest dry run of one document type the supplier should send, null when none was made. */
	record SampleRun(String documentType, @Nullable DryRunSummary run) {

		public boolean passed() {
			return run != null && run.passed();
		}
	}

	public boolean complete() {
		return steps.stream().allMatch(Step::done);
	}

	static OnboardingChecklist of(OnboardingFacts facts, List<DryRunSummary> dryRuns) {
		String base = "/console/suppliers/" + facts.supplierId();
		var steps = new ArrayList<Step>();
		boolean tradesEdi = facts.inboundChannels().contains("X12") || facts.inboundChannels().contains("EDIFACT");
		boolean identity = !facts.name().isBlank() && (!tradesEdi || facts.ediIdentity() != null);
		steps.add(new Step("identity", "Identity set", identity,
				facts.ediIdentity() == null ? facts.name() + ", trading no EDI"
						: facts.name() + ", EDI sender " + facts.ediIdentity(),
				base + "/edit", "Edit profile"));
		steps.add(new Step("key", "API key issued", facts.activeKeys() > 0,
				facts.activeKeys() == 0 ? "No active key" : facts.activeKeys() + " active key(s)", base + "#issue-key",
				"Issue a key"));
		steps.add(new Step("items", "Item cross-reference loaded", facts.itemCount() > 0,
				facts.itemCount() + " mapping(s)", base + "/items", "Upload or edit items"));
		var samples = samples(facts.inboundChannels(), dryRuns);
		long passed = samples.stream().filter(SampleRun::passed).count();
		steps.add(new Step("dry-run", "A sample of each document type passed the dry run",
				!samples.isEmpty() && passed == samples.size(), passed + " of " + samples.size() + " passed: "
						+ samples.stream().map(SampleRun::documentType).collect(Collectors.joining(", ")),
				base + "/dry-run", "Dry run a sample"));
		steps.add(new Step("live", "Live", facts.live(), live(facts), base + "/edit#phase",
				facts.live() ? "Change phase" : "Set phase to LIVE", facts.live() ? facts.liveSince() : null));
		return new OnboardingChecklist(steps, samples);
	}

	private static String live(OnboardingFacts facts) {
		if (!facts.live()) {
			return "Phase " + facts.phase() + ": what it sends is test traffic";
		}
		return facts.liveSince() == null ? "Live (it went live before the date was recorded)" : "Live since";
	}

	private static List<SampleRun> samples(List<String> channels, List<DryRunSummary> dryRuns) {
		var types = new LinkedHashSet<String>();
		channels.forEach(channel -> types.addAll(DOCUMENT_TYPES.getOrDefault(channel, List.of())));
		var byType = dryRuns.stream().collect(Collectors.toMap(DryRunSummary::documentType, Function.identity(),
				(a, b) -> a.id() > b.id() ? a : b));
		dryRuns.forEach(it -> types.add(it.documentType()));
		return types.stream().map(type -> new SampleRun(type, byType.get(type))).toList();
	}
}
