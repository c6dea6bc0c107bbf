package org.distributionhub.supplier.partners.ports.in;

/** MERGE adds and changes mappings; REPLACE also removes the part numbers the upload no longer names. */
public enum ItemImportMode {
	MERGE, REPLACE
}
