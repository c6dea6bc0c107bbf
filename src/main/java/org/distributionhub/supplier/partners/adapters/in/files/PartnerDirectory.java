package org.distributionhub.supplier.partners.adapters.in.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.distributionhub.supplier.partners.ports.in.ImportPartners;
import org.distributionhub.supplier.partners.ports.in.ImportPartners.ImportPartnerCommand;
import org.distributionhub.supplier.partners.ports.in.ImportPartners.PartnerImportResult;
import org.distributionhub.supplier.partners.ports.in.ImportPartners.Status;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports the partner folder: {@code <supplier id>.yml} (or .yaml) holds a profile, {@code <supplier id>-items.csv}
 * its item cross-reference; other files, such as *.yml.sample, are left alone. Each supplier is imported on its own,
 * so a broken file is reported (in the log and the report) and the others still import.
 */
@Component
public class PartnerDirectory {

	static final String ITEMS_SUFFIX = "-items.csv";

	private static final Logger log = LoggerFactory.getLogger(PartnerDirectory.class);

	private final ImportPartners imports;
	private final PartnerFilesProperties properties;

	public PartnerDirectory(ImportPartners imports, PartnerFilesProperties properties) {
		this.imports = imports;
		this.properties = properties;
	}

	/** Imports every supplier's files; {@code force} applies files even when this version was imported before. */
	public PartnerImportReport importAll(boolean force, String actor) {
		Path directory = properties.directory().toAbsolutePath().normalize();
		if (!Files.isDirectory(directory)) {
			log.info("No partner folder {}: no partner files to import", directory);
			return new PartnerImportReport(directory.toString(), List.of());
		}
		var partners = new ArrayList<PartnerImportReport.Partner>();
		filesBySupplier(directory).forEach((supplierId, files) -> {
			var partner = importPartner(supplierId, files, force, actor);
			partners.add(partner);
			logOutcome(directory, partner);
		});
		return new PartnerImportReport(directory.toString(), partners);
	}

	private PartnerImportReport.Partner importPartner(String supplierId, SupplierFiles files, boolean force, String actor) {
		var names = files.names();
		try {
			var problems = new ArrayList<String>();
			byte[] yaml = files.profile() == null ? new byte[0] : Files.readAllBytes(files.profile());
			byte[] csv = files.items() == null ? new byte[0] : Files.readAllBytes(files.items());
			SupplierProfileData profile = files.profile() == null ? null
					: ProfileYaml.read(files.profile().getFileName().toString(), yaml, problems);
			ItemCsv.Parsed items = files.items() == null ? null : ItemCsv.read(csv);
			if (items != null) {
				items.fileProblems().forEach(it -> problems.add(files.items().getFileName() + ": " + it));
			}
			if (!problems.isEmpty()) {
				return new PartnerImportReport.Partner(supplierId, names, Status.REJECTED, problems, null);
			}
			var result = imports.importPartner(new ImportPartnerCommand(supplierId, profile,
					items == null ? null : items.rows(), items == null ? List.of() : items.unreadable(),
					fingerprint(yaml, csv), String.join(", ", names), force, actor));
			return new PartnerImportReport.Partner(supplierId, names, result.status(),
					describe(result, files, new String(yaml, StandardCharsets.UTF_8)), result.items());
		}
		catch (IOException | RuntimeException e) {
			log.error("Importing the partner files {} failed", names, e);
			return new PartnerImportReport.Partner(supplierId, names, Status.REJECTED,
					List.of("Could not import: " + e), null);
		}
	}

	private static List<String> describe(PartnerImportResult result, SupplierFiles files, String yaml) {
		var problems = new ArrayList<String>();
		String profileName = files.profile() == null ? "" : files.profile().getFileName() + ": ";
		result.problems().forEach(it -> {
			int line = ProfileYaml.lineOf(yaml, it.field());
			problems.add(profileName + (line > 0 ? "line " + line + ": " : "")
					+ (it.field().isEmpty() ? "" : it.field() + ": ") + it.message());
		});
		if (result.items() != null && files.items() != null) {
			String itemsName = files.items().getFileName().toString();
			result.items().problems().forEach(it -> problems.add(itemsName + (it.line() > 0 ? " line " + it.line() : "")
					+ (it.column() == null ? "" : ", " + it.column()) + ": " + it.message()));
		}
		return problems;
	}

	private static void logOutcome(Path directory, PartnerImportReport.Partner partner) {
		switch (partner.status()) {
			case CREATED, UPDATED -> log.info("Partner {} {} from {}", partner.supplierId(),
					partner.status().name().toLowerCase(Locale.ROOT), partner.files());
			case SKIPPED, UNCHANGED -> log.debug("Partner {} unchanged ({})", partner.supplierId(), partner.files());
			case REJECTED -> log.warn("Partner files {} in {} were not imported: {}", partner.files(), directory,
					String.join("; ", partner.problems()));
		}
		if (partner.status() != Status.REJECTED && !partner.problems().isEmpty()) {
			log.warn("Partner {}: {} rows of {} were refused: {}", partner.supplierId(), partner.problems().size(),
					partner.files(), String.join("; ", partner.problems().subList(0, Math.min(20,
							partner.problems().size()))));
		}
	}

	/** The profile and items file of one supplier, either may be missing. */
	private record SupplierFiles(@Nullable Path profile, @Nullable Path items) {

		List<String> names() {
			return Stream.of(profile, items).filter(Objects::nonNull)
				.map(it -> it.getFileName().toString())
				.toList();
		}
	}

	private static Map<String, SupplierFiles> filesBySupplier(Path directory) {
		var bySupplier = new TreeMap<String, SupplierFiles>();
		try (Stream<Path> listing = Files.list(directory)) {
			listing.filter(Files::isRegularFile).sorted().forEach(file -> {
				String name = file.getFileName().toString();
				String lower = name.toLowerCase(Locale.ROOT);
				if (lower.endsWith(ITEMS_SUFFIX)) {
					String id = name.substring(0, name.length() - ITEMS_SUFFIX.length());
					bySupplier.merge(id, new SupplierFiles(null, file), (a, b) -> new SupplierFiles(a.profile(), file));
				}
				else if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
					String id = name.substring(0, name.lastIndexOf('.'));
					bySupplier.merge(id, new SupplierFiles(file, null), (a, b) -> new SupplierFiles(file, a.items()));
				}
			});
		}
		catch (IOException e) {
			log.error("Cannot list the partner folder {}", directory, e);
		}
		return bySupplier;
	}

	private static String fingerprint(byte[] yaml, byte[] csv) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			digest.update(yaml);
			digest.update((byte) 0);
			digest.update(csv);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
