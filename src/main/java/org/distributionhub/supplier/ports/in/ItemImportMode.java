package org.distributionhub.supplier.ports.in;

/** MERGE adds and changes mappings; REPLACE also removes the part numbers the upload no longer names. */
public enum ItemImportMode {
	MERGE, REPLACE
}
