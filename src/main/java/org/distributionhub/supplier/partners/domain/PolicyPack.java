package org.distributionhub.supplier.partners.domain;

import java.time.Instant;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/** A named template of partner API limits; the default pack is what a new supplier gets. */
@AggregateRoot
public record PolicyPack(@Identity String name, PolicySettings settings, boolean isDefault, Instant updatedAt,
		String updatedBy) {

	public static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

	public PolicyPack {
		if (!name.matches(NAME)) {
			throw new IllegalArgumentException(
					"A pack name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
		}
	}
}
