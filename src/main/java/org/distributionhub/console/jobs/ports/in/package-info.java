/** What the jobs' adapters may ask of their core: start, cancel and read bulk jobs, resume those a stopped hub left. */
@PrimaryPort
@NullMarked
package org.distributionhub.console.jobs.ports.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;
