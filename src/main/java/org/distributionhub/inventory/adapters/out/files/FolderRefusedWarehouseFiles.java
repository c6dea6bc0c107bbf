package org.distributionhub.inventory.adapters.out.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.distributionhub.inventory.api.FindInventorySync.RefusedFile;
import org.distributionhub.inventory.ports.out.RefusedWarehouseFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lists {@code events/error} and {@code feeds/error} under hub.inventory.warehouse-folder: each refused file with the
 * reason from its {@code <name>.error.txt}, moved when that note was written. A file taken away is no longer listed.
 */
@Component
class FolderRefusedWarehouseFiles implements RefusedWarehouseFiles {

	private static final String NOTE = ".error.txt";

	private final Path root;

	FolderRefusedWarehouseFiles(@Value("${hub.inventory.warehouse-folder:data/warehouse}") Path root) {
		this.root = root;
	}

	@Override
	public List<RefusedFile> newestFirst(int limit) {
		var refused = new ArrayList<RefusedFile>();
		for (String folder : List.of("events", "feeds")) {
			Path error = root.resolve(folder).resolve("error");
			if (!Files.isDirectory(error)) {
				continue;
			}
			try (Stream<Path> files = Files.list(error)) {
				files.filter(file -> Files.isRegularFile(file) && !file.getFileName().toString().endsWith(NOTE))
					.forEach(file -> refused.add(refusedFile(folder, file)));
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot list " + error, e);
			}
		}
		return refused.stream().sorted(Comparator.comparing(RefusedFile::movedAt).reversed()).limit(limit).toList();
	}

	private static RefusedFile refusedFile(String folder, Path file) {
		Path note = file.resolveSibling(file.getFileName() + NOTE);
		try {
			boolean noted = Files.isRegularFile(note);
			Instant movedAt = Files.getLastModifiedTime(noted ? note : file).toInstant();
			return new RefusedFile(folder, file.getFileName().toString(), movedAt, noted ? reason(note) : "no note");
		}
		catch (IOException e) {
			return new RefusedFile(folder, file.getFileName().toString(), Instant.EPOCH, "unreadable: " + e);
		}
	}

	private static String reason(Path note) throws IOException {
		List<String> lines = Files.readAllLines(note, StandardCharsets.UTF_8);
		return lines.stream()
			.filter(line -> line.startsWith("Reason:"))
			.map(line -> line.substring("Reason:".length()).strip())
			.findFirst()
			.orElse(String.join(" ", lines).strip());
	}
}
