/** Types the console's ports share in and out alike: the roles a console user can have. */
@Port
@NullMarked
package org.distributionhub.console.ports.model;

import org.jmolecules.architecture.hexagonal.Port;
import org.jspecify.annotations.NullMarked;
