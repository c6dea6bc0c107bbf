/**
 * Servlet filter that takes or makes the correlation id of every inbound request, the advice that answers the
 * framework's request errors of every API in the hub's problem contract, and what the generated API contract shares:
 * its problem answers and the deprecation headers (ADR 0020).
 */
@PrimaryAdapter
@NullMarked
package org.distributionhub.platform.adapters.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
