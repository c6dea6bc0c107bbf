package org.distributionhub.erpgateway.domain;

import java.util.Optional;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The revision of a purchase order as the hub last published it, with a digest of its content. An ERP stamps a
 * change for many reasons (a chatter message, a printed report); only a different content makes a new revision.
 */
@ValueObject
public record ReleasedOrderRevision(String poNumber, int revision, String contentDigest) {

	public ReleasedOrderRevision {
		if (revision < 1 || contentDigest.isBlank()) {
			throw new IllegalArgumentException("A released order revision starts at 1 and has a content digest");
		}
	}

	/** The first revision of an order the hub has not published before. */
	public static ReleasedOrderRevision first(String poNumber, String contentDigest) {
		return new ReleasedOrderRevision(poNumber, 1, contentDigest);
	}

	/** The next revision if the content changed; empty if it is the same. */
	public Optional<ReleasedOrderRevision> revise(String newDigest) {
		return newDigest.equals(contentDigest) ? Optional.empty()
				: Optional.of(new ReleasedOrderRevision(poNumber, revision + 1, newDigest));
	}
}
