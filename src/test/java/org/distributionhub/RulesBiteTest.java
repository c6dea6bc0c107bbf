package org.distributionhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import fixtures.brokenhub.BrokenHub;
import fixtures.soundhub.SoundHub;

/**
 * Proves the rules bite: the very rule objects the hub is checked with run on a fixture hub that breaks each of them
 * once and must report every break, and on a sound fixture hub where they must report nothing. The fixtures live in
 * test sources outside org.distributionhub, so the hub's own verification never sees them.
 */
class RulesBiteTest {

	/** The fixtures are test classes, which Spring Modulith's default import leaves out. */
	private static final ImportOption FIXTURE_CLASSES = location -> true;

	private static final ApplicationModules BROKEN = ApplicationModules.of(BrokenHub.class, FIXTURE_CLASSES);

	private static final JavaClasses BROKEN_CLASSES = new ClassFileImporter().importPackagesOf(BrokenHub.class);

	private static final List<String> MODULITH = BROKEN.detectViolations(HubArchitectureRules.verificationOptions())
		.getMessages();

	private static final HubArchitectureRules RULES = HubArchitectureRules.of(BROKEN);

	// Spring Modulith with jMolecules' DDD and hexagonal rules (ModularityTest)

	@Test
	void aModuleUsingAnotherModulesInternalPackageIsReported() {
		assertThat(MODULITH).anySatisfy(message -> assertThat(message).contains(
				"Module 'order' depends on non-exposed type fixtures.brokenhub.inventory.domain.StockLevel within module 'inventory'"));
	}

	@Test
	void aCycleBetweenModulesIsReported() {
		assertThat(MODULITH).anySatisfy(message -> assertThat(message).contains("Cycle detected: Slice billing")
			.contains("Slice order")
			.contains("<fixtures.brokenhub.order.OrderDesk.close(fixtures.brokenhub.billing.Invoicing)> "
					+ "calls method <fixtures.brokenhub.billing.Invoicing.invoice(fixtures.brokenhub.order.OrderDesk)>"));
	}

	@Test
	void aPrimaryPortSpeakingAnApplicationTypeBreaksTheSemiStrictHexagon() {
		assertThat(MODULITH).anySatisfy(message -> assertThat(message).contains(
				"Method <fixtures.brokenhub.supplier.ports.in.AcknowledgePurchaseOrder.acknowledge(java.lang.String)> "
						+ "has return type <fixtures.brokenhub.supplier.domain.PurchaseOrder>"));
	}

	@Test
	void anAggregateHoldingAnotherAggregateBreaksTheDddRules() {
		assertThat(MODULITH).anySatisfy(message -> assertThat(message)
			.contains("Field f.b.s.d.PurchaseOrder.supplier refers to an aggregate root (f.b.s.d.SupplierProfile)"));
	}

	// The architecture rules Spring Modulith cannot see (ArchitectureTest)

	@Test
	void aDomainClassUsingSpringJdbcOrAnAdapterIsReported() {
		var violations = violations(RULES.domainIsFreeOfFrameworksAndAdapters());

		assertThat(violations).anySatisfy(it -> assertThat(it).contains(
				"Field <fixtures.brokenhub.supplier.domain.PurchaseOrder.events> has type <org.springframework.context.ApplicationEventPublisher>"))
			.anySatisfy(it -> assertThat(it).contains(
					"Method <fixtures.brokenhub.supplier.domain.PurchaseOrder.save(java.sql.Connection)> has parameter of type <java.sql.Connection>"))
			.anySatisfy(it -> assertThat(it).contains(
					"calls constructor <fixtures.brokenhub.supplier.adapters.out.jdbc.PurchaseOrderRow.<init>(java.lang.String)>"))
			.allSatisfy(it -> assertThat(it).contains("<fixtures.brokenhub.supplier.domain.PurchaseOrder"));
	}

	@Test
	void anAdapterUsingAnotherModulesAdapterIsReported() {
		assertThat(violations(RULES.adaptersStayInTheirModule())).isNotEmpty()
			.allSatisfy(it -> assertThat(it).startsWith(
					"Adapter fixtures.brokenhub.supplier.adapters.out.jdbc.JdbcPurchaseOrders of module 'supplier' "
							+ "uses adapter fixtures.brokenhub.inventory.adapters.out.jdbc.JdbcStockLevels of module 'inventory'"));
	}

	@Test
	void aListenerWithoutAnIdOrWithAnotherListenersIdIsReported() {
		assertThat(violations(RULES.listenersDeclareStableIds())).containsExactlyInAnyOrder(
				"Listener fixtures.brokenhub.supplier.adapters.in.events.StockListener.on("
						+ "fixtures.brokenhub.inventory.events.StockReserved) declares no id (found '')",
				"Listener fixtures.brokenhub.supplier.adapters.in.events.StockListener.onceMore("
						+ "fixtures.brokenhub.inventory.events.StockReserved) declares no id (found ' ')",
				"Listener id 'reservations' is declared by 2 listeners: "
						+ "fixtures.brokenhub.billing.adapters.in.events.ReservationListener.on("
						+ "fixtures.brokenhub.inventory.events.StockReserved), "
						+ "fixtures.brokenhub.order.adapters.in.events.ReservationListener.on("
						+ "fixtures.brokenhub.inventory.events.StockReserved)");
	}

	@Test
	void anEventThatIsNoIntegrationEventRecordIsReported() {
		assertThat(violations(RULES.eventsAreIntegrationEventRecords())).containsExactlyInAnyOrder(
				"Event fixtures.brokenhub.supplier.events.PurchaseOrderAcknowledged does not implement "
						+ "org.distributionhub.shared.IntegrationEvent",
				"Event fixtures.brokenhub.supplier.events.PurchaseOrderCancelled is not a record");
	}

	@Test
	void anEventCarryingAnAggregateIsReported() {
		assertThat(violations(RULES.eventsCarryNoEntities())).isNotEmpty()
			.anySatisfy(it -> assertThat(it).contains(
					"Field <fixtures.brokenhub.supplier.events.PurchaseOrderRejected.purchaseOrder> has type "
							+ "<fixtures.brokenhub.supplier.domain.PurchaseOrder>"))
			.allSatisfy(it -> assertThat(it).contains("fixtures.brokenhub.supplier.events.PurchaseOrderRejected"));
	}

	@Test
	void anAdapterExposedAsNamedInterfaceIsReported() {
		assertThat(violations(RULES.adaptersAreNotApi())).containsExactly(
				"Adapter fixtures.brokenhub.supplier.adapters.in.web.PurchaseOrderController is exposed in named "
						+ "interface 'web' of module 'supplier'");
	}

	@Test
	void aTypeExposedOutsideTheApiOrEventsPackageIsReported() {
		assertThat(violations(RULES.namedInterfacesArePackagesOfTheirName())).containsExactlyInAnyOrder(
				"fixtures.brokenhub.inventory.ports.in.FindStock is exposed in named interface 'api' of module "
						+ "'inventory' from package fixtures.brokenhub.inventory.ports.in",
				"fixtures.brokenhub.supplier.adapters.in.web.PurchaseOrderController is exposed in named interface "
						+ "'web' of module 'supplier' from package fixtures.brokenhub.supplier.adapters.in.web");
	}

	@Test
	void aPackageWithoutHexagonalStereotypeIsReported() {
		assertThat(violations(RULES.modulePackagesCarryStereotypes())).containsExactly(
				"fixtures.brokenhub.supplier.mapping.PartnerCodes in module 'supplier' resides in package "
						+ "fixtures.brokenhub.supplier.mapping, which carries no hexagonal stereotype");
	}

	// And none of it fires on a hub that keeps the rules

	@Test
	void aSoundHubPassesEveryRule() {
		var sound = ApplicationModules.of(SoundHub.class, FIXTURE_CLASSES);
		var classes = new ClassFileImporter().importPackagesOf(SoundHub.class);

		assertThat(sound.detectViolations(HubArchitectureRules.verificationOptions()).getMessages()).isEmpty();
		assertThat(HubArchitectureRules.of(sound).all()).allSatisfy(rule -> rule.check(classes));
	}

	private static List<String> violations(ArchRule rule) {
		return rule.evaluate(BROKEN_CLASSES).getFailureReport().getDetails();
	}
}
