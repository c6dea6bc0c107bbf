package org.distributionhub.supplier.partners.ports.out;

import java.util.List;
import java.util.Optional;

import org.distributionhub.supplier.partners.domain.PolicyPack;

/** The stored policy packs; the default pack is read on every partner call of a supplier that names none. */
public interface PolicyPacks {

	Optional<PolicyPack> find(String name);

	/** The pack new suppliers get; there is always one. */
	PolicyPack defaultPack();

	List<PolicyPack> findAll();

	/** Inserts or replaces a pack; saving one as default makes every other pack not the default. */
	void save(PolicyPack pack);
}
