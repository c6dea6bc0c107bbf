/** Services of the Order module that implement its use cases: load, call the aggregate, save, publish; they own the transaction. */
@Application
@NullMarked
package org.distributionhub.order.application;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.Application;
