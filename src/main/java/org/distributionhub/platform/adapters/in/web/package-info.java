/** Servlet filter that takes or makes the correlation id of every inbound request. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.platform.adapters.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
