package org.distributionhub.console.application;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.distributionhub.console.ports.out.AccountMetrics;

/** The account counters as a list of "counter:tag" lines, for application tests. */
class CountingAccountMetrics implements AccountMetrics {

	final List<String> counted = new CopyOnWriteArrayList<>();

	@Override
	public void signInFailed(String reason) {
		counted.add("sign-in.failures:" + reason);
	}

	@Override
	public void lockedOut(String scope) {
		counted.add("lockouts:" + scope);
	}

	@Override
	public void accountChanged(String action) {
		counted.add("account.changes:" + action);
	}
}
