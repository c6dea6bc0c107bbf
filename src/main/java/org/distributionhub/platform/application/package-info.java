/** Services behind the platform's use cases: retrying, dead-lettering, resubmitting with an audit entry, reading the log. */
@Application
@NullMarked
package org.distributionhub.platform.application;

import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.NullMarked;
