/** Console rules: who may sign in, when repeated failures lock sign-in, what a password must be; no Spring, no JDBC, no HTTP. */
@Application
@NullMarked
package org.distributionhub.console.domain;

import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.NullMarked;
