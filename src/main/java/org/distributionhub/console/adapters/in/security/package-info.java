/** Spring Security for the console's paths (form login, HTTP basic for actuator scrapers), the staff API (HTTP basic) and the default-deny chain for all else. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.console.adapters.in.security;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
