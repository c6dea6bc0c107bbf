/** What bulk jobs need from outside: the store of jobs and their items. */
@SecondaryPort
@NullMarked
package org.distributionhub.console.jobs.ports.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.NullMarked;
