/**
 * The hub's one way of taking files from a watched folder: settle, claim, hand over, then archive, refuse to
 * {@code error/} with a {@code <name>.error.txt} note, or leave for a later round; inbound adapters of every module use
 * it for their folders.
 */
@NamedInterface("folders")
@Port
@NullMarked
package org.distributionhub.platform.folders;

import org.jmolecules.architecture.hexagonal.Port;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
