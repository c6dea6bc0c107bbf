/**
 * Rules of the partner directory: API keys and their tokens, applying an item cross-reference upload; free of
 * Spring, JDBC and HTTP.
 */
@Application
@NullMarked
package org.distributionhub.supplier.partners.domain;

import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.NullMarked;
