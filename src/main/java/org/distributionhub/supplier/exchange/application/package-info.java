/**
 * Services of the message exchange: intake, answers, outbox and webhook delivery, replay of parked documents; they
 * own the transaction.
 */
@Application
@NullMarked
package org.distributionhub.supplier.exchange.application;

import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.NullMarked;
