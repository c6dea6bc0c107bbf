package org.distributionhub.supplier.partners.adapters.in.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.distributionhub.supplier.api.SupplierCodeMaps;
import org.distributionhub.supplier.events.LineOutcome;
import org.distributionhub.supplier.partners.ports.in.FindSuppliers;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.RemoveCodeCommand;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.SaveCodeCommand;
import org.springframework.stereotype.Component;

/** The console's code map page over the profile's code map, checked by the profile's rules. */
@Component
class ConsoleSupplierCodes implements SupplierCodeMaps {

	private static final List<String> OUTCOMES = Arrays.stream(LineOutcome.values()).map(Enum::name).toList();

	private final FindSuppliers find;
	private final ManageSuppliers manage;

	ConsoleSupplierCodes(FindSuppliers find, ManageSuppliers manage) {
		this.find = find;
		this.manage = manage;
	}

	@Override
	public Optional<CodeMapView> codeMap(String supplierId) {
		return find.find(supplierId).map(view -> new CodeMapView(supplierId, view.codeMap(), OUTCOMES,
				codeLists(view.inboundChannels())));
	}

	@Override
	public void save(String supplierId, String code, String outcome, String actor) {
		FormProblems.call(() -> manage.saveCode(new SaveCodeCommand(supplierId, code, outcome, actor,
				ConsoleSupplierProfiles.SOURCE)), FormProblems::code);
	}

	@Override
	public boolean remove(String supplierId, String code, String actor) {
		return FormProblems.call(() -> manage.removeCode(new RemoveCodeCommand(supplierId, code, actor,
				ConsoleSupplierProfiles.SOURCE)), FormProblems::code);
	}

	/** The code lists the hub reads a supplier's documents with, for the channels it sends on. */
	private static List<CodeListUse> codeLists(List<String> channels) {
		var lists = new ArrayList<CodeListUse>();
		if (channels.contains("X12")) {
			lists.add(new CodeListUse("X12", "855 ACK01 line status (668), BAK01 purpose, BAK02 type", "X12"));
			lists.add(new CodeListUse("PARTNER", "855 ACK27-29 and other partner-defined codes", "X12"));
		}
		if (channels.contains("EDIFACT")) {
			lists.add(new CodeListUse("EDIFACT", "ORDRSP LIN 1229 action, BGM 1225 function, BGM 4343 type",
					"EDIFACT"));
		}
		if (channels.contains("API")) {
			lists.add(new CodeListUse("PORTAL", "JSON line status words (Accepted, Backordered, Rejected ...)", "API"));
		}
		if (channels.contains("CSV")) {
			lists.add(new CodeListUse("CSV", "status column words (ACCEPTED, REJECTED, BACKORDERED ...)", "CSV"));
		}
		return lists;
	}
}
