package org.distributionhub.supplier.partners.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.supplier.api.SupplierKeyCommands;
import org.distributionhub.supplier.partners.api.FindPartnerPolicy;
import org.distributionhub.supplier.partners.api.PartnerPolicy;
import org.distributionhub.supplier.partners.domain.ApiKey;
import org.distributionhub.supplier.partners.domain.ApiKey.Status;
import org.distributionhub.supplier.partners.ports.in.ApiKeyView;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.in.SupplierDataRejected;
import org.distributionhub.supplier.partners.ports.in.SupplierNotFound;
import org.distributionhub.supplier.partners.ports.out.ApiKeys;
import org.distributionhub.supplier.partners.ports.out.PartnerProfiles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, expires and revokes suppliers' API keys for the admin API and the console, and audits each. A key's
 * expiry is the one asked for, else the issue time plus the key lifetime of the supplier's policy, else none.
 */
@Service
class ApiKeyAdministration implements ManageApiKeys, SupplierKeyCommands {

	/** Enough for a rotation in progress on several systems of one supplier; more is a leak waiting to happen. */
	static final int MAX_ACTIVE_KEYS = 10;

	private final ApiKeys keys;
	private final PartnerProfiles profiles;
	private final AdminAudit audit;
	private final FindPartnerPolicy policies;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ApiKeyAdministration(ApiKeys keys, PartnerProfiles profiles, AdminAudit audit, FindPartnerPolicy policies,
			Clock clock) {
		this.keys = keys;
		this.profiles = profiles;
		this.audit = audit;
		this.policies = policies;
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
		Instant now = clock.instant();
		if (keys.bySupplier(supplierId).stream().filter(it -> it.status(now) == Status.ACTIVE).count()
				>= MAX_ACTIVE_KEYS) {
			throw new SupplierDataRejected("", "Supplier " + supplierId + " has " + MAX_ACTIVE_KEYS
					+ " active API keys already: revoke one before issuing another");
		}
		if (command.expiresAt() != null && !command.expiresAt().isAfter(now)) {
			throw new SupplierDataRejected("expiresAt", "A new key's expiry must lie in the future");
		}
		Instant expiresAt = command.expiresAt() != null ? command.expiresAt()
				: policies.policy(supplierId).map(PartnerPolicy::keyLifetime).map(now::plus).orElse(null);
		var issued = ApiKey.issue(supplierId, label, command.actor(), now, expiresAt, random);
		keys.add(issued.key());
		audit.record(command.actor(), "supplier.api-key.issue", "supplier " + supplierId,
				"key '" + label + "'", "issued key " + issued.key().keyId()
						+ (expiresAt == null ? "" : ", expires " + expiresAt));
		return new IssuedApiKey(issued.key().keyId(), supplierId, label, issued.key().createdAt(), expiresAt,
				issued.token().reveal());
	}

	@Override
	@Transactional
	public ApiKeyView revoke(RevokeApiKeyCommand command) {
		var key = key(command.supplierId(), command.keyId());
		Instant now = clock.instant();
		if (!key.isActive()) {
			return SupplierViews.of(key, now);
		}
		var revoked = key.revoke(now);
		keys.update(revoked);
		audit.record(command.actor(), "supplier.api-key.revoke", "supplier " + command.supplierId(),
				"key '" + key.label() + "'", "revoked key " + key.keyId());
		return SupplierViews.of(revoked, now);
	}

	@Override
	@Transactional
	public ApiKeyView expire(ExpireApiKeyCommand command) {
		var key = key(command.supplierId(), command.keyId());
		Instant now = clock.instant();
		if (key.status(now) != Status.ACTIVE) {
			return SupplierViews.of(key, now);
		}
		var expired = key.expire(now);
		keys.update(expired);
		audit.record(command.actor(), "supplier.api-key.expire", "supplier " + command.supplierId(),
				"key '" + key.label() + "'", "expired key " + key.keyId());
		return SupplierViews.of(expired, now);
	}

	private ApiKey key(String supplierId, String keyId) {
		return keys.find(keyId)
			.filter(it -> it.supplierId().equals(supplierId))
			.orElseThrow(() -> new SupplierNotFound("No API key " + keyId + " for supplier " + supplierId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApiKeyView> list(String supplierId) {
		profiles.find(supplierId).orElseThrow(() -> SupplierNotFound.supplier(supplierId));
		Instant now = clock.instant();
		return keys.bySupplier(supplierId).stream().map(it -> SupplierViews.of(it, now)).toList();
	}

	@Override
	@Transactional
	public IssuedKey issue(String supplierId, String label, @Nullable Instant expiresAt, String actor) {
		try {
			var issued = issue(new IssueApiKeyCommand(supplierId, label, expiresAt, actor));
			return new IssuedKey(issued.keyId(), issued.apiKey(), issued.expiresAt());
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

	@Override
	@Transactional
	public void expire(String supplierId, String keyId, String actor) {
		try {
			expire(new ExpireApiKeyCommand(supplierId, keyId, actor));
		}
		catch (SupplierNotFound e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}
}
