package org.distributionhub.supplier.partners.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.supplier.api.SupplierPolicies;
import org.distributionhub.supplier.partners.domain.PolicyPack;
import org.distributionhub.supplier.partners.domain.PolicySettings;
import org.distributionhub.supplier.partners.domain.SupplierPolicy;
import org.distributionhub.supplier.partners.ports.in.ManagePolicyPacks;
import org.distributionhub.supplier.partners.ports.in.SupplierDataRejected;
import org.distributionhub.supplier.partners.ports.in.SupplierNotFound;
import org.distributionhub.supplier.partners.ports.out.PolicyPacks;
import org.distributionhub.supplier.partners.ports.out.SupplierPolicyAssignments;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and edits policy packs and assigns them to suppliers, for the admin API and the console; audited. */
@Service
class PolicyAdministration implements ManagePolicyPacks, SupplierPolicies {

	private final PolicyPacks packs;
	private final SupplierPolicyAssignments assignments;
	private final PolicyResolver resolver;
	private final AdminAudit audit;
	private final Clock clock;

	PolicyAdministration(PolicyPacks packs, SupplierPolicyAssignments assignments, PolicyResolver resolver,
			AdminAudit audit, Clock clock) {
		this.packs = packs;
		this.assignments = assignments;
		this.resolver = resolver;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PackView> list() {
		return packs.findAll().stream().sorted(Comparator.comparing(PolicyPack::name)).map(this::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PackView> find(String name) {
		return packs.find(name).map(this::view);
	}

	@Override
	@Transactional
	public SavedPack save(SavePackCommand command) {
		if (!command.name().matches(PolicyPack.NAME)) {
			throw new SupplierDataRejected("name",
					"A pack name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
		}
		var stored = packs.find(command.name());
		var settings = PolicyConversion.toSettings(command.settings(), "");
		boolean isDefault = Boolean.TRUE.equals(command.makeDefault()) || stored.map(PolicyPack::isDefault).orElse(false);
		if (stored.isPresent() && stored.get().isDefault() && Boolean.FALSE.equals(command.makeDefault())) {
			throw new SupplierDataRejected("isDefault", "Make another pack the default instead: there is always one");
		}
		var pack = new PolicyPack(command.name(), settings, isDefault, clock.instant(), command.actor());
		packs.save(pack);
		audit.record(command.actor(), stored.isPresent() ? "supplier.policy-pack.update" : "supplier.policy-pack.create",
				"policy pack " + pack.name(), "admin", describe(pack));
		return new SavedPack(view(pack), stored.isEmpty());
	}

	@Override
	@Transactional(readOnly = true)
	public EffectivePolicy effective(String supplierId) {
		return resolver.resolve(supplierId)
			.map(it -> PolicyConversion.toView(it.policy(), it.effective()))
			.orElseThrow(() -> SupplierNotFound.supplier(supplierId));
	}

	@Override
	@Transactional
	public EffectivePolicy assign(AssignPolicyCommand command) {
		var current = resolver.resolve(command.supplierId())
			.orElseThrow(() -> SupplierNotFound.supplier(command.supplierId()))
			.policy();
		String pack = command.pack() == null || command.pack().isBlank() ? null : command.pack().strip();
		if (pack != null && packs.find(pack).isEmpty()) {
			throw new SupplierDataRejected("pack", "There is no policy pack '" + pack + "'");
		}
		var overrides = PolicyConversion.toSettings(command.overrides(), "overrides.");
		var policy = new SupplierPolicy(command.supplierId(), pack, overrides, current.profileSetsDue(),
				clock.instant(), command.actor());
		assignments.save(policy);
		audit.record(command.actor(), "supplier.policy.assign", "supplier " + command.supplierId(), "admin",
				"pack " + (pack == null ? "(default)" : pack) + ", overrides " + describe(overrides));
		return effective(command.supplierId());
	}

	@Override
	public List<PackView> packs() {
		return list();
	}

	@Override
	public Optional<PackView> pack(String name) {
		return find(name);
	}

	@Override
	public PackView savePack(String name, PolicyValues settings, boolean makeDefault, String actor) {
		try {
			return save(new SavePackCommand(name, settings, makeDefault ? Boolean.TRUE : null, actor)).pack();
		}
		catch (SupplierDataRejected e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}

	@Override
	public Optional<EffectivePolicy> policy(String supplierId) {
		return resolver.resolve(supplierId).map(it -> PolicyConversion.toView(it.policy(), it.effective()));
	}

	@Override
	public EffectivePolicy assign(String supplierId, @Nullable String packName, PolicyValues overrides,
			String actor) {
		try {
			return assign(new AssignPolicyCommand(supplierId, packName, overrides, actor));
		}
		catch (SupplierDataRejected | SupplierNotFound e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}

	private PackView view(PolicyPack pack) {
		return new PackView(pack.name(), pack.isDefault(), PolicyConversion.toValues(pack.settings()),
				pack.updatedAt(), pack.updatedBy());
	}

	private static String describe(PolicyPack pack) {
		return (pack.isDefault() ? "default, " : "") + describe(pack.settings());
	}

	/** The settings given, as name=value; "nothing set" when none is. */
	private static String describe(PolicySettings settings) {
		var values = PolicyConversion.toValues(settings);
		var given = new ArrayList<String>();
		add(given, "rateLimit", values.rateLimit());
		add(given, "maxMessageSize", values.maxMessageSize());
		add(given, "allowedChannels", values.allowedChannels());
		add(given, "keyLifetime", values.keyLifetime());
		add(given, "addressAllowList", values.addressAllowList());
		add(given, "acknowledgementDue", values.acknowledgementDue());
		return given.isEmpty() ? "nothing set" : String.join(", ", given);
	}

	private static void add(List<String> given, String name, @Nullable Object value) {
		if (value != null) {
			given.add(name + "=" + value);
		}
	}
}
