package org.distributionhub.console.ports.in;

/** Records the backlog of this minute (once, whichever instance comes first) and forgets samples past retention. */
public interface SampleBacklog {

	void sample();
}
