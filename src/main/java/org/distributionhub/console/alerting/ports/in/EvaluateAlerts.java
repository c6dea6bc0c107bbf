package org.distributionhub.console.alerting.ports.in;

/** Compares the current incidents with the rules: fires each new alert once, resolves each cleared one once. */
public interface EvaluateAlerts {

	EvaluationRound evaluate();

	/** What one evaluation saw and did. */
	record EvaluationRound(int incidents, int fired, int resolved) {
	}
}
