package org.distributionhub.supplier.partners.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.supplier.api.SupplierKeyCommands;
import org.distributionhub.supplier.partners.domain.ApiKey;
import org.distributionhub.supplier.partners.ports.in.ApiKeyView;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.in.SupplierDataRejected;
import org.distributionhub.supplier.partners.ports.in.SupplierNotFound;
import org.distributionhub.supplier.partners.ports.out.ApiKeys;
import org.distributionhub.supplier.partners.ports.out.PartnerProfiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues and revokes suppliers' API keys for the admin API and the console, and audits both. */
@Service
class ApiKeyAdministration implements ManageApiKeys, SupplierKeyCommands {

	/** Enough for a rotation in progress on several systems of one supplier; more is a leak waiting to happen. */
	static final int MAX_ACTIVE_KEYS = 10;

	private final ApiKeys keys;
	private final PartnerProfiles profiles;
	private final AdminAudit audit;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ApiKeyAdministration(ApiKeys keys, PartnerProfiles profiles, AdminAudit audit, Clock clock) {
		this.keys = keys;
		this.profiles = profiles;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public IssuedApiKey issue(IssueApiKeyCommand command) {
		String supplierId = command.supplierId();
		profiles.find(supplierId).orElseThrow(() -> SupplierNotFound.supplier(supplierId));
		String label = command.label().isBlank() ? "API key" : command.label().strip();
		if (label.length() > 100) {
			throw new SupplierDataRejected("label", "A key's label has at most 100 characters");
		}
		if (keys.bySupplier(supplierId).stream().filter(ApiKey::isActive).count() >= MAX_ACTIVE_KEYS) {
			throw new SupplierDataRejected("", "Supplier " + supplierId + " has " + MAX_ACTIVE_KEYS
					+ " active API keys already: revoke one before issuing another");
		}
		var issued = ApiKey.issue(supplierId, label, command.actor(), clock.instant(), random);
		keys.add(issued.key());
		audit.record(command.actor(), "supplier.api-key.issue", "supplier " + supplierId,
				"key '" + label + "'", "issued key " + issued.key().keyId());
		return new IssuedApiKey(issued.key().keyId(), supplierId, label, issued.key().createdAt(),
				issued.token().reveal());
	}

	@Override
	@Transactional
	public ApiKeyView revoke(RevokeApiKeyCommand command) {
		var key = keys.find(command.keyId())
			.filter(it -> it.supplierId().equals(command.supplierId()))
			.orElseThrow(() -> new SupplierNotFound(
					"No API key " + command.keyId() + " for supplier " + command.supplierId()));
		if (!key.isActive()) {
			return SupplierViews.of(key);
		}
		var revoked = key.revoke(clock.instant());
		keys.update(revoked);
		audit.record(command.actor(), "supplier.api-key.revoke", "supplier " + command.supplierId(),
				"key '" + key.label() + "'", "revoked key " + key.keyId());
		return SupplierViews.of(revoked);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApiKeyView> list(String supplierId) {
		profiles.find(supplierId).orElseThrow(() -> SupplierNotFound.supplier(supplierId));
		return keys.bySupplier(supplierId).stream().map(SupplierViews::of).toList();
	}

	@Override
	@Transactional
	public IssuedKey issue(String supplierId, String label, String actor) {
		try {
			var issued = issue(new IssueApiKeyCommand(supplierId, label, actor));
			return new IssuedKey(issued.keyId(), issued.apiKey());
		}
		catch (SupplierNotFound | SupplierDataRejected e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}

	@Override
	@Transactional
	public void revoke(String supplierId, String keyId, String actor) {
		try {
			revoke(new RevokeApiKeyCommand(supplierId, keyId, actor));
		}
		catch (SupplierNotFound e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}
}
