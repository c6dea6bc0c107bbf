/** The admin API for suppliers, items and keys, the partner API key authentication and who-am-I. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.supplier.partners.adapters.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
