package org.distributionhub.console.ports.in;

/** The operations cockpit of the console's home, computed in one pass over every module's incidents. */
public interface ViewOperations {

	OperationsOverview overview();
}
