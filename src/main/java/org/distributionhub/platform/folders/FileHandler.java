package org.distributionhub.platform.folders;

/**
 * What a module does with a claimed file. An exception is a transient failure on the hub's side (the database is
 * down): the file goes back to the inbox for a later round, so handling must be safe to repeat.
 */
@FunctionalInterface
public interface FileHandler {

	FileOutcome handle(ClaimedFile file);
}
