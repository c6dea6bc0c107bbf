/**
 * Servlet filter that takes or makes the correlation id of every inbound request, and the advice that answers the
 * framework's request errors of every API in the hub's problem contract.
 */
@PrimaryAdapter
@NullMarked
package org.distributionhub.platform.adapters.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
