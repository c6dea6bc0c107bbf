/** The console's job pages and the staff JSON API under /api/v1/operations/jobs. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.console.jobs.adapters.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
