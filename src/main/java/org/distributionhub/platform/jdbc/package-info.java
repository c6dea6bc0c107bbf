/**
 * What every module's JDBC adapters need alike: waiting for another open transaction's row on H2 as PostgreSQL waits
 * by itself.
 */
@NamedInterface("jdbc")
@Port
@NullMarked
package org.distributionhub.platform.jdbc;

import org.jmolecules.architecture.hexagonal.Port;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
