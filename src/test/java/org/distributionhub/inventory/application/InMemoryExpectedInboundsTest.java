package org.distributionhub.inventory.application;

import org.distributionhub.inventory.ports.out.ExpectedInbounds;
import org.distributionhub.inventory.ports.out.ExpectedInboundsContract;

/** The fake keeps the contract the database keeps, so application tests on it mean something. */
class InMemoryExpectedInboundsTest extends ExpectedInboundsContract {

	private final InMemoryExpectedInbounds inbounds = new InMemoryExpectedInbounds();

	@Override
	protected ExpectedInbounds inbounds() {
		return inbounds;
	}
}
