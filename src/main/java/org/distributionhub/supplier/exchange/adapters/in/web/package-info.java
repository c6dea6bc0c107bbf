/** The partner API: messages, tracking and the outbox pull, behind the partner gate (own supplier, quota, size). */
@PrimaryAdapter
@NullMarked
package org.distributionhub.supplier.exchange.adapters.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
