/** Services behind alerting: rules from configuration and the admins' edits, evaluation on a schedule, notifications and their retries. */
@Application
@NullMarked
package org.distributionhub.console.alerting.application;

import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.NullMarked;
