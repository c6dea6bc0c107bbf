package org.distributionhub.console.ports.out;

/** Counts what happens to console accounts, for dashboards and alerts; never names a user. */
public interface AccountMetrics {

	/** A sign-in refused: wrong_password, unknown_user, disabled or locked. */
	void signInFailed(String reason);

	/** Sign-in just locked for a username or for a client address ({@code scope}: username or address). */
	void lockedOut(String scope);

	/** An account changed: created, disabled, enabled, role_changed, password_reset, unlocked, password_changed. */
	void accountChanged(String action);
}
