/** Wraps every module listener: correlation in the log context, one application per event, failures recorded. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.platform.adapters.in.listener;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
