/** The console's alerts page and rules editor, and the staff JSON API under /api/v1/operations/alerts. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.console.alerting.adapters.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
