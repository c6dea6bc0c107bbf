package org.distributionhub;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.distributionhub.shared.IntegrationEvent;
import org.jmolecules.architecture.hexagonal.Adapter;
import org.jmolecules.architecture.hexagonal.Application;
import org.jmolecules.architecture.hexagonal.Port;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.types.Identifiable;
import org.jmolecules.event.types.DomainEvent;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.core.VerificationOptions;
import org.springframework.modulith.events.ApplicationModuleListener;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The hub's architecture rules in one place: the production code, the probe modules and the deliberately broken
 * fixtures are all checked with these very objects. Rules select by package, annotation and type, never by name.
 */
public final class HubArchitectureRules {

	/** The test-only modules that exercise the event backbone; they live in test sources. */
	static final List<String> PROBE_PACKAGES = List.of("org.distributionhub.probesender",
			"org.distributionhub.probereceiver");

	/** Main classes plus the probe modules' test classes, and no other test class. */
	static final ImportOption PRODUCTION_AND_PROBES = location -> new ImportOption.DoNotIncludeTests()
		.includes(location)
			|| PROBE_PACKAGES.stream().anyMatch(it -> location.contains("/" + it.replace('.', '/') + "/"));

	private static final DescribedPredicate<JavaClass> FRAMEWORK_TYPES = resideInAnyPackage("org.springframework..",
			"java.sql..", "javax.sql..", "jakarta.servlet..", "java.net.http..", "com.fasterxml.jackson..",
			"tools.jackson..")
		.as("Spring, JDBC, servlet/HTTP or Jackson types");

	private static final DescribedPredicate<JavaClass> ADAPTER_TYPES = DescribedPredicate
		.describe("adapter types (in an adapters package or with an adapter stereotype)",
				HubArchitectureRules::isAdapter);

	/** A module's published events; listeners live in adapters.in.events and are no events. */
	private static final DescribedPredicate<JavaClass> IN_EVENTS_PACKAGE = resideInAPackage("..events..")
		.and(resideOutsideOfPackage("..adapters.."))
		.as("in an events package");

	private static final DescribedPredicate<JavaClass> EVENT_TYPES = DescribedPredicate.describe(
			"event types (top-level records or domain events in an events package; an interface there is a contract "
					+ "several events share, not an event)",
			type -> IN_EVENTS_PACKAGE.test(type) && !type.isInterface() && (type.isRecord() && type.isTopLevelClass()
					|| type.isAssignableTo(DomainEvent.class)
					|| type.isMetaAnnotatedWith(org.jmolecules.event.annotation.DomainEvent.class)));

	private static final DescribedPredicate<JavaClass> ENTITIES_AND_DOMAIN_TYPES = DescribedPredicate.describe(
			"entities, aggregates or other domain types",
			type -> type.isAssignableTo(Identifiable.class) || type.isMetaAnnotatedWith(Entity.class)
					|| type.isMetaAnnotatedWith(AggregateRoot.class) || resideInAPackage("..domain..").test(type));

	private final ApplicationModules modules;

	private final Map<String, Optional<ApplicationModule>> moduleByType = new ConcurrentHashMap<>();

	private HubArchitectureRules(ApplicationModules modules) {
		this.modules = modules;
	}

	/** The rules for a system of modules: the hub itself or a fixture. */
	public static HubArchitectureRules of(ApplicationModules modules) {
		return new HubArchitectureRules(modules);
	}

	/**
	 * Spring Modulith's verification (module dependencies, named interfaces, cycles) plus jMolecules' DDD rules and
	 * hexagonal rules at SEMI_STRICT depth: secondary ports and adapters may speak domain types, primary ones may not.
	 */
	public static VerificationOptions verificationOptions() {
		return VerificationOptions.defaults()
			.withAdditionalVerifications(JMoleculesDddRules.all(),
					JMoleculesArchitectureRules.ensureHexagonal(VerificationDepth.SEMI_STRICT));
	}

	/** Every rule Spring Modulith cannot see, in the order the architecture test reports them. */
	public List<ArchRule> all() {
		return List.of(domainIsFreeOfFrameworksAndAdapters(), adaptersStayInTheirModule(), listenersDeclareStableIds(),
				eventsAreIntegrationEventRecords(), eventsCarryNoEntities(), adaptersAreNotApi(),
				namedInterfacesArePackagesOfTheirName(), modulePackagesCarryStereotypes());
	}

	/** Domain code is plain Java: no Spring, JDBC, HTTP or Jackson, and no adapter types. */
	public ArchRule domainIsFreeOfFrameworksAndAdapters() {
		return noClasses().that()
			.resideInAPackage("..domain..")
			.should()
			.dependOnClassesThat(FRAMEWORK_TYPES.or(ADAPTER_TYPES))
			.as("Domain classes use no Spring, JDBC, servlet/HTTP or Jackson types and no adapter types")
			.allowEmptyShould(true);
	}

	/** An adapter may use its own module's adapters but never another module's. */
	public ArchRule adaptersStayInTheirModule() {
		return classes().that(ADAPTER_TYPES)
			.should(new ArchCondition<JavaClass>("use no adapter of another module") {
				@Override
				public void check(JavaClass type, ConditionEvents events) {
					var own = moduleOf(type);
					for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
						JavaClass target = dependency.getTargetClass();
						if (!isAdapter(target)) {
							continue;
						}
						var other = moduleOf(target);
						if (own.isPresent() && other.isPresent() && !own.equals(other)) {
							events.add(SimpleConditionEvent.violated(dependency,
									"Adapter %s of module '%s' uses adapter %s of module '%s': %s".formatted(
											type.getName(), own.get().getIdentifier(), target.getName(),
											other.get().getIdentifier(), dependency.getDescription())));
						}
					}
				}
			})
			.as("Adapters use no adapter of another module")
			.allowEmptyShould(true);
	}

	/**
	 * Every module listener names itself: the default id is the method signature, and renaming the method would
	 * orphan its pending publications and its inbox entries. Two listeners sharing an id would swallow each other's
	 * events in the inbox, so ids are unique too.
	 */
	public ArchRule listenersDeclareStableIds() {
		return methods().that()
			.areAnnotatedWith(ApplicationModuleListener.class)
			.should(new ArchCondition<JavaMethod>("declare a non-blank id of their own") {

				private final Map<String, List<String>> methodsById = new LinkedHashMap<>();

				@Override
				public void init(Collection<JavaMethod> allObjectsToTest) {
					methodsById.clear();
				}

				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					String id = method.getAnnotationOfType(ApplicationModuleListener.class.getName())
						.get("id")
						.map(Object::toString)
						.orElse("");
					if (id.isBlank()) {
						events.add(SimpleConditionEvent.violated(method, "Listener %s declares no id (found '%s')"
							.formatted(method.getFullName(), id)));
					}
					else {
						methodsById.computeIfAbsent(id, it -> new ArrayList<>()).add(method.getFullName());
					}
				}

				@Override
				public void finish(ConditionEvents events) {
					methodsById.forEach((id, listeners) -> {
						if (listeners.size() > 1) {
							events.add(SimpleConditionEvent.violated(listeners,
									"Listener id '%s' is declared by %d listeners: %s".formatted(id, listeners.size(),
											String.join(", ", listeners))));
						}
					});
				}
			})
			.as("Module listeners declare a non-blank, unique id")
			.allowEmptyShould(true);
	}

	/** An event is a record implementing IntegrationEvent, so it carries an event id and a correlation id. */
	public ArchRule eventsAreIntegrationEventRecords() {
		return classes().that(EVENT_TYPES)
			.should(new ArchCondition<JavaClass>("be records implementing " + IntegrationEvent.class.getName()) {
				@Override
				public void check(JavaClass type, ConditionEvents events) {
					if (!type.isRecord()) {
						events.add(SimpleConditionEvent.violated(type,
								"Event %s is not a record".formatted(type.getName())));
					}
					if (!type.isAssignableTo(IntegrationEvent.class)) {
						events.add(SimpleConditionEvent.violated(type, "Event %s does not implement %s"
							.formatted(type.getName(), IntegrationEvent.class.getName())));
					}
				}
			})
			.as("Events are records implementing IntegrationEvent")
			.allowEmptyShould(true);
	}

	/** Events carry ids and values, never an entity, an aggregate or anything else from a domain package. */
	public ArchRule eventsCarryNoEntities() {
		return noClasses().that(IN_EVENTS_PACKAGE)
			.should()
			.dependOnClassesThat(ENTITIES_AND_DOMAIN_TYPES)
			.as("Events reference no entities, aggregates or domain types")
			.allowEmptyShould(true);
	}

	/** No adapter is part of a module's named interfaces: other modules reach a module through events and ports. */
	public ArchRule adaptersAreNotApi() {
		return classes().that(ADAPTER_TYPES)
			.should(new ArchCondition<JavaClass>("not be exposed in a named interface") {
				@Override
				public void check(JavaClass type, ConditionEvents events) {
					moduleOf(type).ifPresent(module -> namedInterfacesExposing(type, module)
						.forEach(it -> events.add(SimpleConditionEvent.violated(type,
								"Adapter %s is exposed in named interface '%s' of module '%s'".formatted(
										type.getName(), it.getName(), module.getIdentifier())))));
				}
			})
			.as("Adapters are not part of any named interface")
			.allowEmptyShould(true);
	}

	/**
	 * One way to expose a module: a named interface is the package of its name right below the module's base package
	 * ({@code api}, {@code events}), declared on that package; never a type in {@code ports} or a deeper package.
	 */
	public ArchRule namedInterfacesArePackagesOfTheirName() {
		return classes().should(new ArchCondition<JavaClass>("be exposed only in the package named as its interface") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				moduleOf(type).ifPresent(module -> namedInterfacesExposing(type, module)
					.filter(it -> !type.getPackageName().equals(module.getBasePackage().getName() + "." + it.getName()))
					.forEach(it -> events.add(SimpleConditionEvent.violated(type,
							"%s is exposed in named interface '%s' of module '%s' from package %s".formatted(
									type.getName(), it.getName(), module.getIdentifier(), type.getPackageName())))));
			}
		}).as("Named interfaces are the packages of their name below a module's base package").allowEmptyShould(true);
	}

	/**
	 * Every package below a module's base package carries a jMolecules hexagonal stereotype (stereotypes are not
	 * inherited); a package without one would escape the hexagonal rules unnoticed.
	 */
	public ArchRule modulePackagesCarryStereotypes() {
		return classes().should(new ArchCondition<JavaClass>("reside in a package with a hexagonal stereotype") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				moduleOf(type).filter(module -> !module.getBasePackage().getName().equals(type.getPackageName()))
					.filter(module -> !hasStereotype(type))
					.ifPresent(module -> events.add(SimpleConditionEvent.violated(type,
							"%s in module '%s' resides in package %s, which carries no hexagonal stereotype"
								.formatted(type.getName(), module.getIdentifier(), type.getPackageName()))));
			}
		}).as("Packages below a module's base package carry a hexagonal stereotype").allowEmptyShould(true);
	}

	/** The module's named interfaces (not its unnamed base package) that have the type as a member. */
	private static Stream<NamedInterface> namedInterfacesExposing(JavaClass type, ApplicationModule module) {
		return module.getNamedInterfaces()
			.stream()
			.filter(it -> it.isNamed()
					&& it.asJavaClasses().anyMatch(member -> member.getName().equals(type.getName())));
	}

	/** By name: the classes under test may come from another import than the module model's. */
	private Optional<ApplicationModule> moduleOf(JavaClass type) {
		return moduleByType.computeIfAbsent(type.getName(), modules::getModuleByType);
	}

	private static boolean isAdapter(JavaClass type) {
		return resideInAPackage("..adapters..").test(type) || type.isMetaAnnotatedWith(Adapter.class)
				|| type.getPackage().isMetaAnnotatedWith(Adapter.class);
	}

	private static boolean hasStereotype(JavaClass type) {
		var pkg = type.getPackage();
		return pkg.isMetaAnnotatedWith(Application.class) || pkg.isMetaAnnotatedWith(Port.class)
				|| pkg.isMetaAnnotatedWith(Adapter.class) || type.isMetaAnnotatedWith(Application.class)
				|| type.isMetaAnnotatedWith(Port.class) || type.isMetaAnnotatedWith(Adapter.class);
	}
}
