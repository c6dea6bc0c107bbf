package org.distributionhub.supplier.partners.adapters.in.web;

/** An upload over the size the hub accepts. */
class UploadTooLarge extends RuntimeException {

	UploadTooLarge(long limit) {
		super("The upload is larger than " + limit / (1024 * 1024) + " MB; split it into several files");
	}
}
