package org.distributionhub.supplier.partners.adapters.in.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.distributionhub.supplier.exchange.application.SupplierProperties;
import org.distributionhub.supplier.partners.ports.in.FindSuppliers;
import org.distributionhub.supplier.partners.ports.in.ImportPartners;
import org.distributionhub.supplier.partners.ports.in.ImportPartners.Status;
import org.distributionhub.supplier.partners.ports.in.ItemMappingView;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.SaveItemCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The partner folder imported at start and on demand, with real files: good ones import, broken ones are reported
 * with file, line and field while the hub starts anyway, and a file is applied again only when it changed.
 */
@SpringBootTest(properties = "hub.partners.import-at-start=true")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class PartnerFilesImportIT {

	static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	/** Written before the hub starts, so the import at start finds them. */
	static final Path FOLDER = folder(Map.of(
			"good-" + RUN + ".yml", """
					# An X12 supplier; the qualifier is quoted as it looks like a number.
					name: Good Supply
					purchaseOrderChannel: X12
					inboundChannels: [X12, API]
					ediIdentity: {qualifier: "01", id: "G%s"}
					acknowledgementDue: 2d
					codeMap: {BO: BACKORDERED}
					""".formatted(RUN),
			"good-" + RUN + "-items.csv", """
					\uFEFFsupplier_part ,sku,supplier_unit,factor
					G-1,SKU-G1,CA,12
					G-2,SKU-G2,EA,1
					""",
			"broken-" + RUN + ".yml", "name: \"Broken\npurchaseOrderChannel: X12\n",
			"typo-" + RUN + ".yml", "name: Typo\npurchaseOrderChannel: CSV\nwebhookURL: https://typo.example.com\n",
			"rows-" + RUN + ".yml", "name: Rows\npurchaseOrderChannel: CSV\n",
			"channel-" + RUN + ".yml", "name: Channel\npurchaseOrderChannel: CSV\ninboundChannels:\n  - CSV\n  - FAX\n",
			"rows-" + RUN + "-items.csv", "supplier_part,sku,factor\nR-1,SKU-R1,1\nR-2,,1\nR-3,SKU-R3,-4\nR-4,SKU-R4,6\n",
			"orphan-" + RUN + "-items.csv", "supplier_part,sku\nO-1,SKU-O1\n",
			"example-" + RUN + ".yml.sample", "name: never imported\n"));

	@DynamicPropertySource
	static void partnerFolder(DynamicPropertyRegistry registry) {
		registry.add("hub.partners.directory", FOLDER::toString);
	}

	@Autowired
	PartnerDirectory directory;

	@Autowired
	ImportPartners imports;

	@Autowired
	FindSuppliers suppliers;

	@Autowired
	ManageSuppliers manage;

	@Autowired
	MockMvc mvc;

	@Autowired
	SupplierProperties supplierProperties;

	@Test
	void atStartTheGoodFilesWereImportedAndTheBrokenOnesLeftOut() {
		var good = suppliers.find("good-" + RUN).orElseThrow();
		assertThat(good.ediIdentity().qualifier()).isEqualTo("01");
		assertThat(good.acknowledgementDue()).isEqualTo("PT48H");
		assertThat(good.codeMap()).containsEntry("BO", "BACKORDERED");
		assertThat(items("good-" + RUN)).containsOnlyKeys("G-1", "G-2");
		assertThat(items("good-" + RUN).get("G-1").factor()).isEqualByComparingTo("12");
		assertThat(items("rows-" + RUN)).containsOnlyKeys("R-1", "R-4");

		assertThat(suppliers.find("broken-" + RUN)).isEmpty();
		assertThat(suppliers.find("typo-" + RUN)).isEmpty();
		assertThat(suppliers.find("orphan-" + RUN)).isEmpty();
		assertThat(suppliers.find("example-" + RUN)).isEmpty();
	}

	@Test
	void theReportNamesFileLineAndFieldOfEveryProblem(CapturedOutput output) {
		var report = byId(directory.importAll(false, "test"));

		assertThat(report.get("good-" + RUN).status()).isEqualTo(Status.SKIPPED);
		assertThat(report.get("broken-" + RUN).status()).isEqualTo(Status.REJECTED);
		assertThat(report.get("broken-" + RUN).problems()).singleElement().asString()
			.startsWith("broken-" + RUN + ".yml: line ").contains("column");
		assertThat(report.get("typo-" + RUN).problems()).singleElement().asString()
			.startsWith("typo-" + RUN + ".yml: line 3: webhookURL: Unknown field 'webhookURL'");
		assertThat(report.get("channel-" + RUN).problems()).containsExactly("channel-" + RUN
				+ ".yml: line 3: inboundChannels[1]: 'FAX' is no channel: use API, X12, EDIFACT or CSV");
		assertThat(report.get("orphan-" + RUN).problems()).singleElement().asString()
			.contains("No profile orphan-" + RUN + ".yml");
		assertThat(report.get("rows-" + RUN).status()).isEqualTo(Status.SKIPPED);
		assertThat(report).doesNotContainKey("example-" + RUN);
		assertThat(output).contains("Partner files [typo-" + RUN + ".yml]").contains("were not imported");

		var forced = byId(directory.importAll(true, "test"));
		assertThat(forced.get("rows-" + RUN).status()).isEqualTo(Status.UNCHANGED);
		assertThat(forced.get("rows-" + RUN).problems()).containsExactly(
				"rows-" + RUN + "-items.csv line 3, sku: A SKU must not be blank",
				"rows-" + RUN + "-items.csv line 4, factor: "
						+ "A unit conversion factor is more than 0, below 1000000000, with at most 6 decimals: -4");
	}

	@Test
	void aProfileFileSetsThePhaseAndTheWishForContrl() throws IOException {
		String id = "phase-" + RUN;
		write(id + ".yml", "name: Phase\npurchaseOrderChannel: CSV\nphase: testing\nsendContrl: true\n");
		write("badphase-" + RUN + ".yml", "name: Bad phase\npurchaseOrderChannel: CSV\nphase: PILOT\n");

		var report = byId(directory.importAll(false, "test"));

		assertThat(report.get(id).status()).isEqualTo(Status.CREATED);
		assertThat(suppliers.find(id).orElseThrow().phase()).isEqualTo("TESTING");
		assertThat(suppliers.find(id).orElseThrow().sendContrl()).isTrue();
		assertThat(report.get("badphase-" + RUN).problems()).singleElement().asString()
			.contains("phase: 'PILOT' is no phase: use ONBOARDING, TESTING or LIVE");
	}

	@Test
	void anEditedFileIsAppliedAgainButAnUnchangedOneLeavesAdminChangesAlone() throws IOException {
		String id = "edit-" + RUN;
		write(id + ".yml", "name: Edit One\npurchaseOrderChannel: CSV\n");
		assertThat(byId(directory.importAll(false, "test")).get(id).status()).isEqualTo(Status.CREATED);

		manage.saveItem(new SaveItemCommand(id, new ItemRow(0, "E-1", "SKU-E1", null, null, null, null), "admin"));
		assertThat(byId(directory.importAll(false, "test")).get(id).status()).isEqualTo(Status.SKIPPED);
		assertThat(items(id)).containsOnlyKeys("E-1");

		write(id + ".yml", "name: Edit Two\npurchaseOrderChannel: CSV\n");
		assertThat(byId(directory.importAll(false, "test")).get(id).status()).isEqualTo(Status.UPDATED);
		assertThat(suppliers.find(id).orElseThrow().name()).isEqualTo("Edit Two");
		assertThat(items(id)).as("no items file: the cross-reference stays").containsOnlyKeys("E-1");
	}

	@Test
	void aPartnerFileIsCheckedAgainstTheCodeListsAndASavedOneHasItsFoldersAtOnce() throws IOException {
		String books = "books-" + RUN;
		String wrong = "wrong-qualifier-" + RUN;
		write(books + ".yml", "name: Book wholesaler\npurchaseOrderChannel: EDIFACT\n"
				+ "ediIdentity: {qualifier: 31B, id: \"B%s\"}\n".formatted(RUN));
		write(wrong + ".yml", "name: Wrong\npurchaseOrderChannel: EDIFACT\nediIdentity:\n  qualifier: \"01\"\n"
				+ "  id: \"W%s\"\n".formatted(RUN));

		var report = byId(directory.importAll(false, "test"));

		assertThat(report.get(books).status()).isEqualTo(Status.CREATED);
		assertThat(suppliers.find(books).orElseThrow().ediIdentity().qualifier()).isEqualTo("31B");
		assertThat(supplierProperties.partnerFolders().resolve(books).resolve("inbox")).isDirectory();
		assertThat(report.get(wrong).status()).isEqualTo(Status.REJECTED);
		assertThat(report.get(wrong).problems()).singleElement().asString()
			.startsWith(wrong + ".yml: line 4: ediIdentity.qualifier: '01' is no EDIFACT identification code "
					+ "qualifier (UNB 0007)");
		assertThat(supplierProperties.partnerFolders().resolve(wrong)).doesNotExist();
	}

	@Test
	void anAdminImportsOnDemandThroughTheApi() throws Exception {
		write("api-" + RUN + ".yml", "name: Via API\npurchaseOrderChannel: CSV\n");

		mvc.perform(post("/api/v1/admin/suppliers/import").with(httpBasic("admin", "admin-secret-for-tests")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.directory").value(FOLDER.toAbsolutePath().normalize().toString()))
			.andExpect(jsonPath("$.partners[?(@.supplierId == 'api-%s')].status".formatted(RUN)).value("CREATED"));
		mvc.perform(post("/api/v1/admin/suppliers/import").with(httpBasic("auditor", "auditor-secret-for-tests")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theShippedExamplePartnersImport() {
		var shipped = new PartnerDirectory(imports, new PartnerFilesProperties(Path.of("config", "partners"), false));

		var report = byId(shipped.importAll(false, "test"));

		assertThat(report).containsOnlyKeys("acme-x12", "globex-edifact");
		assertThat(report.values()).allSatisfy(it -> assertThat(it.problems()).isEmpty());
		assertThat(report.values()).extracting(PartnerImportReport.Partner::status).doesNotContain(Status.REJECTED);
		assertThat(items("acme-x12")).containsKey("9780446360265");
		assertThat(suppliers.find("globex-edifact").orElseThrow().ediIdentity().id()).isEqualTo("5400110000009");
	}

	private Map<String, ItemMappingView> items(String supplierId) {
		return suppliers.items(supplierId, 0, 1000).items().stream()
			.collect(Collectors.toMap(ItemMappingView::supplierPart, Function.identity()));
	}

	private static Map<String, PartnerImportReport.Partner> byId(PartnerImportReport report) {
		return report.partners().stream()
			.collect(Collectors.toMap(PartnerImportReport.Partner::supplierId, Function.identity()));
	}

	private static void write(String name, String content) throws IOException {
		Files.writeString(FOLDER.resolve(name), content);
	}

	private static Path folder(Map<String, String> files) {
		try {
			var folder = Files.createDirectories(Path.of("target", "partner-files", RUN));
			for (var file : files.entrySet()) {
				Files.writeString(folder.resolve(file.getKey()), file.getValue());
			}
			return folder;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
