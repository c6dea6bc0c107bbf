package org.distributionhub.supplier.exchange.ports.out;

/**
 * The partners' exchange folders, {@code <supplierId>/inbox, archive, error, outbox}: the core puts what it sends a
 * file partner into its outbox folder.
 */
public interface PartnerFolders {

	/** Creates the supplier's inbox, archive, error and outbox folders where missing. */
	void prepare(String supplierId);

	/**
	 * Puts the message into the supplier's outbox folder whole or not at all and never over another file; returns the
	 * file name used. The tag (the outbox entry's id) makes a taken name unique; a file already there under the
	 * message's name or its tagged name with the very same bytes is taken as this message written before, so a
	 * delivery repeated after a crash makes no second file. Throws {@link java.io.UncheckedIOException} when
	 * the folder cannot be written.
	 */
	String deliver(String supplierId, OutboundMessage message, String tag);
}
