/** Alerting rules: which incidents meet a rule, which alerts to fire and resolve, when to retry a notification; no Spring, no JDBC, no HTTP. */
@Application
@NullMarked
package org.distributionhub.console.alerting.domain;

import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.NullMarked;
