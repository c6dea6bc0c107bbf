package org.distributionhub.platform.ports.out;

/** The id this hub runs as: the same after every restart of one installation, different for every installation. */
public interface NodeIdentity {

	String nodeId();

	/** Where this process runs (host name and process id), for operators reading the node table. */
	String host();
}
