package org.distributionhub.console.jobs.domain;

/** What became of one item: done, refused by its module (with the message), or skipped as nothing was left to do. */
public enum ItemOutcome {

	OK, REFUSED, SKIPPED
}
