package org.distributionhub;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * What Spring Modulith cannot see, checked on the production code with the rules every fixture test uses too, and on
 * the test-only probe modules, whose listener and event are the backbone's reference for business modules.
 */
class ArchitectureTest {

	private static final JavaClasses HUB = new ClassFileImporter()
		.withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackagesOf(DistributionHubApplication.class);

	private final HubArchitectureRules rules = HubArchitectureRules
		.of(ApplicationModules.of(DistributionHubApplication.class));

	@Test
	void domainClassesUseNoFrameworkAndNoAdapter() {
		rules.domainIsFreeOfFrameworksAndAdapters().check(HUB);
	}

	@Test
	void adaptersUseNoAdapterOfAnotherModule() {
		rules.adaptersStayInTheirModule().check(HUB);
	}

	@Test
	void everyModuleListenerDeclaresAUniqueId() {
		rules.listenersDeclareStableIds().check(HUB);
	}

	@Test
	void eventsAreRecordsImplementingIntegrationEvent() {
		rules.eventsAreIntegrationEventRecords().check(HUB);
	}

	@Test
	void eventsCarryNoEntities() {
		rules.eventsCarryNoEntities().check(HUB);
	}

	@Test
	void adaptersAreNoModuleApi() {
		rules.adaptersAreNotApi().check(HUB);
	}

	@Test
	void modulesExposeOnlyThePackagesNamedAsTheirInterfaces() {
		rules.namedInterfacesArePackagesOfTheirName().check(HUB);
	}

	@Test
	void everyPackageBelowAModuleCarriesAStereotype() {
		rules.modulePackagesCarryStereotypes().check(HUB);
	}

	@Test
	void theProbeModulesKeepTheSameRules() {
		var withProbes = new ClassFileImporter().withImportOption(HubArchitectureRules.PRODUCTION_AND_PROBES)
			.importPackagesOf(DistributionHubApplication.class);
		var probeRules = HubArchitectureRules.of(
				ApplicationModules.of(DistributionHubApplication.class, HubArchitectureRules.PRODUCTION_AND_PROBES));

		CompositeArchRule.of(probeRules.all()).check(withProbes);
	}
}
