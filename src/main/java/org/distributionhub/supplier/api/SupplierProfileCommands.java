package org.distributionhub.supplier.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What an ADMIN does to a supplier's profile from the console: create it, edit it (phase included) and see how far
 * its onboarding is. The profile is checked by the rules the admin API applies; a refusal is a
 * {@link SupplierFormRejected} naming each field of {@link ProfileForm}. Every change goes to the admin audit trail.
 */
public interface SupplierProfileCommands {

	/** A new supplier's form, holding what a save would default to. */
	ProfileForm blank();

	/** The supplier's profile as its form shows it. */
	Optional<ProfileForm> profile(String supplierId);

	/** Creates the supplier named by the form's id; an id in use already is refused on the id field. */
	ProfileSaved create(ProfileForm form, String actor);

	/** Replaces the supplier's profile; its code map, items and keys stay. IllegalArgumentException when unknown. */
	ProfileSaved update(String supplierId, ProfileForm form, String actor);

	/** What the onboarding checklist needs to know of the supplier's own setup. */
	Optional<OnboardingFacts> onboarding(String supplierId);

	/**
	 * A profile as its form has it, every value as typed. Channels are API, X12, EDIFACT or CSV; the EDI fields are
	 * the qualifier and id of ISA05/06 (UNB sender) and the GS02 application code; the due time is 48h, 2d, 90m or
	 * PT48H; the remainder policy CANCEL or BACKORDER; the phase ONBOARDING, TESTING or LIVE.
	 */
	record ProfileForm(@Nullable String id, @Nullable String name, @Nullable List<String> inboundChannels,
			@Nullable String purchaseOrderChannel, @Nullable String ediQualifier, @Nullable String ediId,
			@Nullable String ediGroupId, @Nullable String webhookUrl, @Nullable String acknowledgementDue,
			@Nullable String remainderPolicy, @Nullable String phase, @Nullable Boolean sendContrl,
			@Nullable String priceChangeSource, @Nullable Boolean active) {
	}

	/** {@code changed} is false when the stored profile said the same already. */
	record ProfileSaved(String supplierId, boolean created, boolean changed) {
	}

	/**
	 * The supplier's setup as the checklist reads it. {@code ediIdentity} is qualifier:id, null when it trades no
	 * EDI; {@code liveSince} is when it last became LIVE, if recorded.
	 */
	record OnboardingFacts(String supplierId, String name, @Nullable String ediIdentity, List<String> inboundChannels,
			int activeKeys, int itemCount, String phase, @Nullable Instant liveSince) {

		public boolean live() {
			return "LIVE".equals(phase);
		}
	}
}
