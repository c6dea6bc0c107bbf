package org.distributionhub.supplier.partners.adapters.in.console;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.distributionhub.supplier.api.SupplierFormRejected;
import org.distributionhub.supplier.api.SupplierFormRejected.FieldMessage;
import org.distributionhub.supplier.api.SupplierProfileCommands;
import org.distributionhub.supplier.partners.ports.in.ApiKeyView;
import org.distributionhub.supplier.partners.ports.in.FindSuppliers;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.SaveSupplierCommand;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData.EdiIdentityData;
import org.distributionhub.supplier.partners.ports.in.SupplierView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The console's profile form, saved through the admin API's use case so one set of rules checks both. */
@Component
class ConsoleSupplierProfiles implements SupplierProfileCommands {

	static final String SOURCE = "console";

	private final FindSuppliers find;
	private final ManageSuppliers manage;
	private final ManageApiKeys keys;

	ConsoleSupplierProfiles(FindSuppliers find, ManageSuppliers manage, ManageApiKeys keys) {
		this.find = find;
		this.manage = manage;
		this.keys = keys;
	}

	@Override
	public ProfileForm blank() {
		return new ProfileForm("", "", List.of(), "", "ZZ", "", "", "", "48h", "CANCEL", "ONBOARDING", false,
				"CTP_OR_PO104", true);
	}

	@Override
	public Optional<ProfileForm> profile(String supplierId) {
		return find.find(supplierId).map(ConsoleSupplierProfiles::form);
	}

	@Override
	public ProfileSaved create(ProfileForm form, String actor) {
		String id = form.id() == null ? "" : form.id().strip();
		if (find.find(id).isPresent()) {
			throw new SupplierFormRejected(List.of(new FieldMessage("id",
					"Supplier " + id + " exists already: open it and edit its profile instead")));
		}
		return save(id, form, Map.of(), actor);
	}

	@Override
	public ProfileSaved update(String supplierId, ProfileForm form, String actor) {
		var stored = find.find(supplierId).orElseThrow(() -> new IllegalArgumentException("No supplier " + supplierId));
		return save(supplierId, form, stored.codeMap(), actor);
	}

	@Override
	public Optional<OnboardingFacts> onboarding(String supplierId) {
		return find.find(supplierId).map(view -> {
			var edi = view.ediIdentity();
			int activeKeys = (int) keys.list(supplierId).stream().filter(ApiKeyView::active).count();
			return new OnboardingFacts(supplierId, view.name(), edi == null ? null : edi.qualifier() + ":" + edi.id(),
					view.inboundChannels(), activeKeys, view.itemCount(), view.phase(),
					find.liveSince(supplierId).orElse(null));
		});
	}

	private ProfileSaved save(String supplierId, ProfileForm form, Map<String, String> codeMap, String actor) {
		var outcome = FormProblems.call(() -> manage.save(new SaveSupplierCommand(supplierId,
				data(supplierId, form, codeMap), actor, SOURCE)), FormProblems::profile);
		return new ProfileSaved(outcome.supplier().id(), outcome.created(), outcome.changed());
	}

	private static SupplierProfileData data(String supplierId, ProfileForm form, Map<String, String> codeMap) {
		boolean noEdi = blank(form.ediQualifier()) && blank(form.ediId()) && blank(form.ediGroupId());
		var inbound = form.inboundChannels() == null || form.inboundChannels().isEmpty() ? null
				: form.inboundChannels();
		return new SupplierProfileData(supplierId, form.name(), inbound, blankToNull(form.purchaseOrderChannel()),
				noEdi ? null : new EdiIdentityData(form.ediQualifier(), form.ediId(), blankToNull(form.ediGroupId())),
				blankToNull(form.webhookUrl()), blankToNull(form.acknowledgementDue()),
				blankToNull(form.remainderPolicy()), codeMap, !Boolean.FALSE.equals(form.active()),
				blankToNull(form.phase()), Boolean.TRUE.equals(form.sendContrl()),
				blankToNull(form.priceChangeSource()));
	}

	private static ProfileForm form(SupplierView view) {
		var edi = view.ediIdentity();
		return new ProfileForm(view.id(), view.name(), view.inboundChannels(), view.purchaseOrderChannel(),
				edi == null ? "" : edi.qualifier(), edi == null ? "" : edi.id(), edi == null ? "" : edi.groupId(),
				view.webhookUrl() == null ? "" : view.webhookUrl(), view.acknowledgementDue(), view.remainderPolicy(),
				view.phase(), view.sendContrl(), view.priceChangeSource(), view.active());
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return blank(value) ? null : value;
	}
}
