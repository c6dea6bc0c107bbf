/** Starts bulk jobs over items resolved at start, runs them one item per transaction on a bounded executor, cancels and resumes them. */
@Application
@NullMarked
package org.distributionhub.console.jobs.application;

import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.NullMarked;
