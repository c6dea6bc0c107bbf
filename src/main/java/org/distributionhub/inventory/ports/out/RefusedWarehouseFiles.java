package org.distributionhub.inventory.ports.out;

import java.util.List;

import org.distributionhub.inventory.api.FindInventorySync.RefusedFile;

/** The warehouse files the folder intake refused and moved to {@code error/}, as they lie there now. */
public interface RefusedWarehouseFiles {

	List<RefusedFile> newestFirst(int limit);
}
