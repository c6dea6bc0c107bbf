package org.distributionhub.supplier.partners.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.supplier.partners.ports.in.ItemImportMode;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.ImportItemsCommand;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.RemoveCodeCommand;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.SaveCodeCommand;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.SaveItemCommand;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.SaveSupplierCommand;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.SupplierActionCommand;
import org.distributionhub.supplier.partners.ports.in.RowProblem;
import org.distributionhub.supplier.partners.ports.in.SupplierDataRejected;
import org.distributionhub.supplier.partners.ports.in.SupplierNotFound;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData.EdiIdentityData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SupplierAdministrationTest {

	private final InMemoryPartnerProfiles profiles = new InMemoryPartnerProfiles();
	private final RecordingAudit audit = new RecordingAudit();
	private final List<String> told = new ArrayList<>();
	private final InMemoryPolicies policies = new InMemoryPolicies();
	private final InMemoryGoLiveDates goLive = new InMemoryGoLiveDates();
	private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
	private final SupplierAdministration suppliers = new SupplierAdministration(new SupplierChanges(profiles, audit,
			new ProfileNotices(List.of(profile -> told.add(profile.supplierId())), profiles), policies, policies,
			goLive, clock));

	@BeforeEach
	void anX12Supplier() {
		suppliers.save(new SaveSupplierCommand("acme", x12("ZZ", "ACME"), "olga", "onboarding"));
	}

	@Test
	void savingTheSameProfileAgainChangesNothingAndIsNotAudited() {
		var again = suppliers.save(new SaveSupplierCommand("acme", x12("ZZ", "ACME"), "olga", "again"));

		assertThat(again.changed()).isFalse();
		assertThat(profiles.saves).isEqualTo(1);
		assertThat(audit.lines()).containsExactly("olga supplier.create supplier acme: created");
	}

	@Test
	void listenersHearOfEverySaveButNotOfARefusedOne() {
		suppliers.save(new SaveSupplierCommand("acme", x12("ZZ", "ACME"), "olga", "again"));
		assertThatThrownBy(() -> suppliers.save(new SaveSupplierCommand("bad", x12("QQ", "BAD"), "olga", "")))
			.isInstanceOf(SupplierDataRejected.class)
			.hasMessageStartingWith("ediIdentity.qualifier: 'QQ' is no X12 interchange id qualifier");

		assertThat(told).containsExactly("acme", "acme");
	}

	@Test
	void twoSuppliersCannotShareAnEdiIdentity() {
		assertThatThrownBy(() -> suppliers.save(new SaveSupplierCommand("globex", x12("zz", " acme "), "olga", "")))
			.isInstanceOf(SupplierDataRejected.class)
			.hasMessage("ediIdentity: ZZ:ACME is the EDI identity of supplier acme already");
	}

	@Test
	void goodRowsAreAppliedAndBadOnesReportedWithLineAndColumn() {
		var report = suppliers.importItems(new ImportItemsCommand("acme", List.of(
				row(2, "P-1", "SKU-1", "12"), row(3, "P-2", "", "1"), row(4, "P-3", "SKU-3", "-2"),
				new ItemRow(5, "P-4", "SKU-4", "12345", "CASE", null, null)), List.of(), ItemImportMode.MERGE, "olga",
				"upload"));

		assertThat(report.applied()).isTrue();
		assertThat(report).extracting(it -> it.rows(), it -> it.added(), it -> it.rejected(), it -> it.total())
			.containsExactly(4, 1, 3, 1);
		assertThat(report.problems()).extracting(RowProblem::line, RowProblem::column).containsExactly(
				tuple(3, "sku"), tuple(4, "factor"),
				tuple(5, "gtin"), tuple(5, "supplier_unit"));
		assertThat(audit.lines()).last().isEqualTo(
				"olga supplier.items.import supplier acme: MERGE: 1 added, 0 changed, 0 removed, 3 rows refused");
	}

	@Test
	void aReplaceKeepsTheMappingsOfRefusedRowsAndOfPartsGivenTwice() {
		suppliers.importItems(command(ItemImportMode.MERGE, row(2, "A", "SKU-A", "1"), row(3, "B", "SKU-B", "1"),
				row(4, "C", "SKU-C", "1")));

		var report = suppliers.importItems(command(ItemImportMode.REPLACE, row(2, "A", "SKU-A", "x"),
				row(3, "B", "SKU-B2", "1"), row(4, "B", "SKU-B3", "1"), row(5, "D", "SKU-D", "1")));

		assertThat(profiles.find("acme").orElseThrow().items()).extracting(it -> it.supplierPart() + "=" + it.sku())
			.containsExactly("A=SKU-A", "B=SKU-B", "D=SKU-D");
		assertThat(report).extracting(it -> it.added(), it -> it.removed(), it -> it.rejected())
			.containsExactly(1, 1, 3);
		assertThat(report.problems()).filteredOn(it -> it.line() == 4).extracting(RowProblem::message)
			.containsExactly("Supplier part B is given more than once (first on line 3); none of its rows is used");
	}

	@Test
	void anUploadWithoutAUsableRowChangesNothing() {
		suppliers.importItems(command(ItemImportMode.MERGE, row(2, "A", "SKU-A", "1")));

		var broken = suppliers.importItems(command(ItemImportMode.REPLACE, row(2, "B", "", "1")));
		var empty = suppliers.importItems(command(ItemImportMode.REPLACE));

		assertThat(broken.applied()).isFalse();
		assertThat(empty.applied()).isFalse();
		assertThat(empty.problems()).extracting(RowProblem::message).containsExactly(
				"No rows: replacing with nothing would empty the cross-reference, so nothing was changed");
		assertThat(profiles.find("acme").orElseThrow().items()).hasSize(1);
	}

	@Test
	void oneMappingIsAddedThenChangedAndAnUnknownSupplierIsNotFound() {
		var added = suppliers.saveItem(new SaveItemCommand("acme", row(0, "P-9", "SKU-9", "6"), "olga"));
		var changed = suppliers.saveItem(new SaveItemCommand("acme", row(0, "P-9", "SKU-9", "12"), "olga"));

		assertThat(added.created()).isTrue();
		assertThat(changed.created()).isFalse();
		assertThat(changed.item().factor()).isEqualByComparingTo("12");
		assertThatThrownBy(() -> suppliers.saveItem(new SaveItemCommand("nobody", row(0, "P", "S", "1"), "olga")))
			.isInstanceOf(SupplierNotFound.class);
		assertThatThrownBy(() -> suppliers.saveItem(new SaveItemCommand("acme", row(0, "P", "S", "0"), "olga")))
			.isInstanceOf(SupplierDataRejected.class)
			.hasMessageStartingWith("factor: ");
	}

	@Test
	void deactivatingTwiceIsAuditedOnce() {
		suppliers.deactivate(new SupplierActionCommand("acme", "olga", "contract ended"));
		var again = suppliers.deactivate(new SupplierActionCommand("acme", "olga", "contract ended"));

		assertThat(again.active()).isFalse();
		assertThat(audit.lines()).filteredOn(it -> it.contains("deactivate")).hasSize(1);
	}

	@Test
	void goingLiveIsAuditedAndDatedAndLeavingLiveClearsTheDate() {
		assertThat(goLive.liveSince("acme")).contains(clock.instant());
		suppliers.save(new SaveSupplierCommand("acme", phase("TESTING"), "olga", "console"));
		assertThat(goLive.liveSince("acme")).isEmpty();
		suppliers.save(new SaveSupplierCommand("acme", phase("LIVE"), "olga", "console"));

		assertThat(goLive.liveSince("acme")).contains(clock.instant());
		assertThat(audit.lines()).filteredOn(it -> it.contains("supplier.phase"))
			.containsExactly("olga supplier.phase supplier acme: LIVE -> TESTING",
					"olga supplier.phase supplier acme: TESTING -> LIVE");
	}

	@Test
	void aCodeIsCheckedByTheProfileRulesSavedAuditedAndRemoved() {
		assertThatThrownBy(() -> suppliers.saveCode(new SaveCodeCommand("acme", "Z1", "LOST", "olga", "console")))
			.isInstanceOf(SupplierDataRejected.class)
			.hasMessageStartingWith("codeMap.Z1: 'LOST' is no line outcome");
		var saved = suppliers.saveCode(new SaveCodeCommand("acme", " Z1 ", "backordered", "olga", "console"));

		assertThat(saved.codeMap()).containsEntry("Z1", "BACKORDERED");
		assertThat(suppliers.removeCode(new RemoveCodeCommand("acme", "Z1", "olga", "console"))).isTrue();
		assertThat(suppliers.removeCode(new RemoveCodeCommand("acme", "Z1", "olga", "console"))).isFalse();
		assertThat(profiles.find("acme").orElseThrow().codeMap()).isEmpty();
		assertThat(audit.lines()).contains("olga supplier.code-map.save supplier acme: partner code Z1 means BACKORDERED",
				"olga supplier.code-map.remove supplier acme: removed partner code Z1");
	}

	private static SupplierProfileData phase(String phase) {
		var data = x12("ZZ", "ACME");
		return new SupplierProfileData(null, data.name(), null, "X12", data.ediIdentity(), null, null, null, null, null,
				phase, null, null);
	}

	private static ImportItemsCommand command(ItemImportMode mode, ItemRow... rows) {
		return new ImportItemsCommand("acme", List.of(rows), List.of(), mode, "olga", "upload");
	}

	private static ItemRow row(int line, String part, String sku, String factor) {
		return new ItemRow(line, part, sku, null, "CA", "EA", factor);
	}

	private static SupplierProfileData x12(String qualifier, String id) {
		return new SupplierProfileData(null, "ACME", null, "X12", new EdiIdentityData(qualifier, id, null), null, null,
				null, null, null);
	}
}
