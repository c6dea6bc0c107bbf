/** Services behind the console's use cases: signing in with throttling, the first admin and seeded users, managing users. */
@Application
@NullMarked
package org.distributionhub.console.application;

import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.NullMarked;
