/** What alerting's adapters may ask of its core: evaluate the rules, send due notifications, list alerts, read and edit rules. */
@PrimaryPort
@NullMarked
package org.distributionhub.console.alerting.ports.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;
