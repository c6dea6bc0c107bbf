/** Looks for jobs a stopped hub left running, every hub.jobs.sweep-interval, and resumes them. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.console.jobs.adapters.in.scheduling;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
