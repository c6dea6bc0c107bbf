/**
 * The hub's one problem contract for its HTTP APIs (RFC 9457): how a problem is built, its type URI and how a field
 * of a request body is named ({@code $.lines[0].quantity}); module advices use it for their own exceptions.
 */
@NamedInterface("problems")
@Port
@NullMarked
package org.distributionhub.platform.problems;

import org.jmolecules.architecture.hexagonal.Port;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
