package org.distributionhub.supplier.partners.adapters.out.jdbc;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * hub.partners.cache.*: how long profiles and API keys are kept in memory. Changes made through one hub instance
 * apply there at once; another instance sees them, a revoked key included, after this time.
 */
@ConfigurationProperties("hub.partners.cache")
public record SupplierCacheProperties(@DefaultValue("30s") Duration profiles, @DefaultValue("10s") Duration apiKeys) {
}
