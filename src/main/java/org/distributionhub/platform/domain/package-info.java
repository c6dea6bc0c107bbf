/** Delivery rules: when a failed publication is due again and when it is dead-lettered; no Spring, no JDBC. */
@Application
@NullMarked
package org.distributionhub.platform.domain;

import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.NullMarked;
