package org.distributionhub;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the application module metadata into target/classes at build time (Maven runs it after compiling the
 * tests, even with -DskipTests), so the packaged hub reads its modules from a file instead of scanning its classes
 * at every start. Only the main code counts: the test-only probe modules stay out.
 */
public final class ModuleMetadataExport {

	private ModuleMetadataExport() {
	}

	public static void main(String[] args) throws java.io.IOException {
		// The Documenter writes without truncating: a shorter file would keep the old one's tail.
		java.nio.file.Files.deleteIfExists(java.nio.file.Path.of("target", "classes",
				org.springframework.modulith.core.util.ApplicationModulesExporter.DEFAULT_LOCATION));
		new Documenter(ApplicationModules.of(DistributionHubApplication.class)).writeModuleMetadata();
	}
}
