package org.distributionhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * Verifies the module structure with Spring Modulith, jMolecules' DDD rules and hexagonal rules, and writes the module
 * documentation to docs/modules on every build, its unordered lists sorted so that every checkout writes the same
 * files (CI fails when the committed ones differ).
 *
 * The production model holds only main classes (Spring Modulith's default import): it is what ships and what the
 * documentation shows. The test-only probe modules are verified in a second model with the same rules, so the backbone
 * tests never rely on a path business modules could not take.
 */
class ModularityTest {

	/** Committed with the code, so the README can link the diagrams and canvases. */
	static final String DOCUMENTATION_FOLDER = "docs/modules";

	private final ApplicationModules modules = ApplicationModules.of(DistributionHubApplication.class);

	@Test
	void theModulesKeepTheirBoundaries() {
		modules.verify(HubArchitectureRules.verificationOptions());
	}

	@Test
	void theProbeModulesKeepTheSameRules() {
		var withProbes = ApplicationModules.of(DistributionHubApplication.class,
				HubArchitectureRules.PRODUCTION_AND_PROBES);

		assertThat(withProbes.stream().map(ApplicationModule::getBasePackage).map(it -> it.getName()))
			.containsAll(HubArchitectureRules.PROBE_PACKAGES);
		assertThat(modules.stream().map(ApplicationModule::getBasePackage).map(it -> it.getName()))
			.doesNotContainAnyElementsOf(HubArchitectureRules.PROBE_PACKAGES);

		withProbes.detectViolations(HubArchitectureRules.verificationOptions()).throwIfPresent();
	}

	@Test
	void writesTheModuleDocumentation() throws IOException {
		var c4 = DiagramOptions.defaults()
			.withStyle(DiagramStyle.C4)
			.withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE);
		var uml = c4.withStyle(DiagramStyle.UML);
		var canvases = CanvasOptions.defaults();

		new Documenter(modules, Options.defaults().withOutputFolder(DOCUMENTATION_FOLDER))
			.writeModulesAsPlantUml(c4)
			.writeIndividualModulesAsPlantUml(c4)
			.writeModuleCanvases(canvases)
			.writeAggregatingDocument(c4, canvases);
		new Documenter(modules, Options.defaults().withOutputFolder(DOCUMENTATION_FOLDER + "/uml"))
			.writeModulesAsPlantUml(uml)
			.writeIndividualModulesAsPlantUml(uml);
		writeSupplierRooms(c4);
		DocumentationOrder.sort(Path.of(DOCUMENTATION_FOLDER));
	}

	/**
	 * Supplier's three nested modules and how they depend on each other, in one drawing: the overview shows top-level
	 * modules only, and each room's own drawing shows its dependencies rather than its siblings.
	 */
	private void writeSupplierRooms(DiagramOptions c4) throws IOException {
		var procurement = modules.getModuleByName("supplier.procurement").orElseThrow();
		// Without clean: the other drawings were written to the same folder a moment ago.
		new Documenter(modules, Options.defaults().withoutClean().withOutputFolder(DOCUMENTATION_FOLDER))
			.writeModuleAsPlantUml(procurement, c4.withTargetFileName("rooms-%s.puml")
				.withExclusions(module -> !module.getBasePackage().getName().startsWith("org.distributionhub.supplier")));
		Files.move(Path.of(DOCUMENTATION_FOLDER, "rooms-supplier.procurement.puml"),
				Path.of(DOCUMENTATION_FOLDER, "supplier-rooms.puml"), StandardCopyOption.REPLACE_EXISTING);
	}
}
