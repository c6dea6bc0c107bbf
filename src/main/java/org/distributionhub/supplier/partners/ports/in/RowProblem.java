package org.distributionhub.supplier.partners.ports.in;

import org.jspecify.annotations.Nullable;

/** Why one row of an upload was refused: its line, the column at fault if one is, and the supplier part if known. */
public record RowProblem(int line, @Nullable String column, @Nullable String supplierPart, String message) {
}
