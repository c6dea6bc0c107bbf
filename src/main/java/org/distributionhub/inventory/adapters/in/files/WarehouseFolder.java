package org.distributionhub.inventory.adapters.in.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One kind of warehouse file's folders ({@code events} or {@code feeds}): {@code inbox} is watched; a file is claimed
 * into the hidden {@code .processing} folder, then archived beside its report, or moved to {@code error} beside a
 * note, or put back. Notes and reports are written to a temporary file first and moved into place, so a reader never
 * sees half of one; a name taken already gets a numbered suffix.
 */
final class WarehouseFolder {

	static final String PROCESSING = ".processing";
	private static final List<String> UNFINISHED = List.of(".tmp", ".part", ".partial", ".filepart");

	private final Path folder;

	WarehouseFolder(Path folder) {
		this.folder = folder;
	}

	Path inbox() {
		return folder.resolve("inbox");
	}

	/** Regular files in the inbox that rested {@code settle} unchanged, except hidden and unfinished ones. */
	List<Path> settled(Instant now, Duration settle) throws IOException {
		if (!Files.isDirectory(inbox())) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(inbox())) {
			return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
				.filter(file -> !ignored(file.getFileName().toString()))
				.filter(file -> restedSince(file, now.minus(settle)))
				.sorted()
				.toList();
		}
	}

	/** Takes the file for this hub; empty when it is gone (another hub took it). */
	Optional<Path> claim(Path file, Instant now) throws IOException {
		Path processing = Files.createDirectories(folder.resolve(PROCESSING));
		Path claimed = processing.resolve(file.getFileName());
		if (Files.exists(claimed, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		try {
			Files.move(file, claimed, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (NoSuchFileException gone) {
			return Optional.empty();
		}
		Files.setLastModifiedTime(claimed, FileTime.from(now));
		return Optional.of(claimed);
	}

	/** Moves the file to {@code archive} with {@code <name>.report.txt} beside it; returns where it went. */
	Path archive(Path claimed, String report) throws IOException {
		return place(claimed, folder.resolve("archive"), ".report.txt", report);
	}

	/** Moves the file to {@code error} with {@code <name>.error.txt} beside it; returns where it went. */
	Path refuse(Path claimed, String note) throws IOException {
		return place(claimed, folder.resolve("error"), ".error.txt", note);
	}

	/** Puts a claimed file back into the inbox, to be taken again by a later poll. */
	void release(Path claimed) throws IOException {
		Files.move(claimed, free(inbox(), claimed.getFileName().toString()));
	}

	/** Puts back files claimed longer than {@code after} ago: the hub that claimed them stopped before finishing. */
	void releaseStale(Instant now, Duration after) throws IOException {
		Path processing = folder.resolve(PROCESSING);
		if (!Files.isDirectory(processing)) {
			return;
		}
		try (Stream<Path> files = Files.list(processing)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				if (!restedSince(file, now.minus(after))) {
					continue;
				}
				if (file.getFileName().toString().startsWith(".")) {
					Files.deleteIfExists(file);
				}
				else {
					release(file);
				}
			}
		}
	}

	private Path place(Path claimed, Path target, String suffix, String text) throws IOException {
		Files.createDirectories(target);
		Path placed = free(target, claimed.getFileName().toString());
		Path temporary = target.resolve("." + UUID.randomUUID() + ".tmp");
		Files.writeString(temporary, text, StandardCharsets.UTF_8);
		Files.move(temporary, placed.resolveSibling(placed.getFileName() + suffix), StandardCopyOption.ATOMIC_MOVE,
				StandardCopyOption.REPLACE_EXISTING);
		Files.move(claimed, placed);
		return placed;
	}

	/** The name in {@code target}, or with -2, -3 ... before its extension if taken. */
	private static Path free(Path target, String name) throws IOException {
		Files.createDirectories(target);
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : "";
		for (int n = 1; n <= 1000; n++) {
			Path candidate = target.resolve(n == 1 ? name : base + "-" + n + extension);
			if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
				return candidate;
			}
		}
		throw new FileAlreadyExistsException(target.resolve(name).toString(), null, "no free name after 1000 tries");
	}

	private static boolean ignored(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return name.startsWith(".") || UNFINISHED.stream().anyMatch(lower::endsWith);
	}

	private static boolean restedSince(Path file, Instant since) {
		try {
			return !Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isAfter(since);
		}
		catch (IOException gone) {
			return false;
		}
	}
}
