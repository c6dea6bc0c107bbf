/**
 * Services of the partner directory: profile and key administration, partner files import, key checks; they own the
 * transaction.
 */
@Application
@NullMarked
package org.distributionhub.supplier.partners.application;

import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.NullMarked;
