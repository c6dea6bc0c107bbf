/** Alert notifications to a chat webhook (JSON with a text field) and by e-mail over SMTP. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.console.alerting.adapters.out.notification;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
