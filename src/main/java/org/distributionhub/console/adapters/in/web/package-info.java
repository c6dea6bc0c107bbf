/** Controllers and Thymeleaf views of the console: dashboard, event log with CSV export, deliveries, audit trail, users. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.console.adapters.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
