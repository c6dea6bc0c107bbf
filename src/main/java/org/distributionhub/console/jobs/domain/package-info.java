/** Bulk jobs: their kinds, states and item outcomes, and what becomes of a job whose hub stopped; no Spring, no JDBC, no HTTP. */
@Application
@NullMarked
package org.distributionhub.console.jobs.domain;

import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.NullMarked;
