package org.distributionhub.supplier.partners.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.distributionhub.supplier.events.LineOutcome;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.distributionhub.supplier.partners.api.ItemMapping;
import org.distributionhub.supplier.partners.api.PartnerPhase;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.api.PriceChangeSource;
import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.distributionhub.supplier.partners.ports.in.SupplierDataRejected;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData.EdiIdentityData;
import org.jspecify.annotations.Nullable;

/**
 * Turns profile data as an admin wrote it into a profile, naming the field path of every problem. Each EDI field is
 * checked by the domain's own rule, with valid stand-ins for the others.
 */
final class ProfileConversion {

	static final String SUPPLIER_ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
	static final Duration DEFAULT_DUE = Duration.ofHours(48);

	private static final String OUTCOMES = Arrays.stream(LineOutcome.values())
		.map(Enum::name)
		.collect(Collectors.joining(", "));

	private ProfileConversion() {
	}

	/** A bad id is said together with whatever else is wrong with the profile. */
	static PartnerProfile toProfile(String supplierId, SupplierProfileData data, List<ItemMapping> items) {
		var problems = new Problems();
		if (!supplierId.matches(SUPPLIER_ID)) {
			problems.add("id",
					"A supplier id is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
		}
		if (data.id() != null && !data.id().strip().equals(supplierId)) {
			problems.add("id", "Says '" + data.id().strip() + "' but the supplier is '" + supplierId + "'");
		}
		String name = data.name() == null ? "" : data.name().strip();
		if (name.isEmpty() || name.length() > 200) {
			problems.add("name", "A supplier needs a name of 1 to 200 characters");
		}
		Channel poChannel = data.purchaseOrderChannel() == null ? null
				: channel("purchaseOrderChannel", data.purchaseOrderChannel(), problems);
		if (data.purchaseOrderChannel() == null) {
			problems.add("purchaseOrderChannel", "Say how purchase orders go out: API, X12, EDIFACT or CSV");
		}
		Set<Channel> inbound = inbound(data.inboundChannels(), poChannel, problems);
		EdiIdentity edi = data.ediIdentity() == null ? null : edi(data.ediIdentity(), problems);
		boolean tradesEdi = inbound.contains(Channel.X12) || inbound.contains(Channel.EDIFACT)
				|| poChannel == Channel.X12 || poChannel == Channel.EDIFACT;
		if (data.ediIdentity() == null && tradesEdi) {
			problems.add("ediIdentity", "A supplier trading X12 or EDIFACT needs its EDI identity (qualifier, id, groupId)");
		}
		if (edi != null) {
			EdiIdentityRules.check(edi, inbound.contains(Channel.X12) || poChannel == Channel.X12,
					inbound.contains(Channel.EDIFACT) || poChannel == Channel.EDIFACT)
				.forEach(it -> problems.add(it.field(), it.message()));
		}
		URI webhook = webhook(data.webhookUrl(), problems);
		if (webhook == null && (data.webhookUrl() == null || data.webhookUrl().isBlank()) && poChannel == Channel.API) {
			problems.add("webhookUrl", "A supplier that receives purchase orders by API needs a webhook URL");
		}
		Duration due = due(data.acknowledgementDue(), problems);
		RemainderPolicy remainder = remainder(data.remainderPolicy(), problems);
		Map<String, String> codeMap = codeMap(data.codeMap(), problems);
		PartnerPhase phase = phase(data.phase(), problems);
		PriceChangeSource priceChanges = priceChangeSource(data.priceChangeSource(), problems);
		problems.throwIfAny();
		var profile = problems.check("", () -> new PartnerProfile(supplierId, name, inbound,
				Objects.requireNonNull(poChannel), edi, webhook, due, remainder, codeMap, items,
				data.active() == null || data.active(), phase, Boolean.TRUE.equals(data.sendContrl()), priceChanges));
		problems.throwIfAny();
		return Objects.requireNonNull(profile);
	}

	private static @Nullable Channel channel(String field, String value, Problems problems) {
		try {
			return Channel.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			problems.add(field, "'" + value + "' is no channel: use API, X12, EDIFACT or CSV");
			return null;
		}
	}

	private static Set<Channel> inbound(@Nullable List<String> values, @Nullable Channel poChannel, Problems problems) {
		var channels = EnumSet.noneOf(Channel.class);
		if (values == null || values.isEmpty()) {
			if (poChannel != null) {
				channels.add(poChannel);
			}
			return channels;
		}
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			Channel channel = value == null ? null : channel("inboundChannels[" + i + "]", value, problems);
			if (value == null) {
				problems.add("inboundChannels[" + i + "]", "A channel must not be empty");
			}
			if (channel != null) {
				channels.add(channel);
			}
		}
		return channels;
	}

	private static @Nullable EdiIdentity edi(EdiIdentityData data, Problems problems) {
		// Code list values are upper case: zz is ZZ.
		String qualifier = Objects.requireNonNullElse(data.qualifier(), "").toUpperCase(Locale.ROOT);
		String id = Objects.requireNonNullElse(data.id(), "");
		// GS02 is often the ISA06 id itself.
		String groupId = data.groupId() == null || data.groupId().isBlank() ? id : data.groupId();
		problems.check("ediIdentity.qualifier", () -> new EdiIdentity(qualifier, "X", "X"));
		problems.check("ediIdentity.id", () -> new EdiIdentity("ZZ", id, "X"));
		if (!id.isBlank()) {
			problems.check("ediIdentity.groupId", () -> new EdiIdentity("ZZ", "X", groupId));
		}
		try {
			return new EdiIdentity(qualifier, id, groupId);
		}
		catch (IllegalArgumentException e) {
			// With only the application id wrong (recorded above), the code lists still judge qualifier and id.
			try {
				return new EdiIdentity(qualifier, id, "XX");
			}
			catch (IllegalArgumentException again) {
				return null;
			}
		}
	}

	private static @Nullable URI webhook(@Nullable String value, Problems problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			var uri = new URI(value.strip());
			if (uri.getScheme() == null || !Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
					|| uri.getHost() == null) {
				problems.add("webhookUrl", "A webhook URL is an absolute http or https URL");
				return null;
			}
			return uri;
		}
		catch (URISyntaxException e) {
			problems.add("webhookUrl", "Not a URL: " + e.getMessage());
			return null;
		}
	}

	private static Duration due(@Nullable String value, Problems problems) {
		if (value == null || value.isBlank()) {
			return DEFAULT_DUE;
		}
		try {
			Duration due = DurationText.parse(value);
			if (due.isNegative() || due.isZero() || due.compareTo(Duration.ofDays(90)) > 0) {
				problems.add("acknowledgementDue", "The acknowledgement due time is more than zero and at most 90 days");
			}
			return due;
		}
		catch (DateTimeParseException e) {
			problems.add("acknowledgementDue", "'" + value + "' is no duration: write 48h, 2d, 90m or PT48H");
			return DEFAULT_DUE;
		}
	}

	private static PartnerPhase phase(@Nullable String value, Problems problems) {
		if (value == null || value.isBlank()) {
			return PartnerPhase.LIVE;
		}
		try {
			return PartnerPhase.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			problems.add("phase", "'" + value + "' is no phase: use ONBOARDING, TESTING or LIVE");
			return PartnerPhase.LIVE;
		}
	}

	private static RemainderPolicy remainder(@Nullable String value, Problems problems) {
		if (value == null || value.isBlank()) {
			return RemainderPolicy.CANCEL;
		}
		try {
			return RemainderPolicy.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			problems.add("remainderPolicy", "'" + value + "' is no remainder policy: use CANCEL or BACKORDER");
			return RemainderPolicy.CANCEL;
		}
	}

	private static PriceChangeSource priceChangeSource(@Nullable String value, Problems problems) {
		if (value == null || value.isBlank()) {
			return PriceChangeSource.CTP_OR_PO104;
		}
		try {
			return PriceChangeSource.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			problems.add("priceChangeSource", "'" + value + "' is no price change source: use CTP, PO104 or CTP_OR_PO104");
			return PriceChangeSource.CTP_OR_PO104;
		}
	}

	private static Map<String, String> codeMap(@Nullable Map<String, String> values, Problems problems) {
		var codes = new TreeMap<String, String>();
		if (values == null) {
			return codes;
		}
		values.forEach((code, outcome) -> {
			String field = "codeMap." + code;
			if (code.isBlank() || code.strip().length() > 35) {
				problems.add(field, "A partner code is 1 to 35 characters");
				return;
			}
			try {
				codes.put(code.strip(), LineOutcome.valueOf(Objects.requireNonNullElse(outcome, "").strip()
					.toUpperCase(Locale.ROOT)).name());
			}
			catch (IllegalArgumentException e) {
				problems.add(field, "'" + outcome + "' is no line outcome: use one of "
						+ OUTCOMES);
			}
		});
		return codes;
	}
}
