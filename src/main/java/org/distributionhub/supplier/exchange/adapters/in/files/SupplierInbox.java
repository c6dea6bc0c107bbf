package org.distributionhub.supplier.exchange.adapters.in.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
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
 * One supplier's folders as the poller uses them. A file is first claimed into the hidden {@code .processing}
 * folder, so two hubs watching the same folder never take the same file, then archived, or moved to {@code error}
 * with a note saying why, or put back. A file is placed by a hard link, which never replaces another file (or, where
 * links are not supported, moved after checking the name is free); names taken already get a suffix.
 */
final class SupplierInbox {

	static final String PROCESSING = ".processing";

	private static final List<String> UNFINISHED = List.of(".tmp", ".part", ".partial", ".filepart");

	private final String supplierId;
	private final Path folder;

	SupplierInbox(String supplierId, Path folder) {
		this.supplierId = supplierId;
		this.folder = folder;
	}

	String supplierId() {
		return supplierId;
	}

	/** Regular files in the inbox, except hidden ones and those a transfer is still writing by name. */
	List<Path> waiting() throws IOException {
		try (Stream<Path> files = Files.list(folder.resolve("inbox"))) {
			return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
				.filter(file -> !ignored(file.getFileName().toString()))
				.sorted()
				.toList();
		}
	}

	static boolean ignored(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return name.startsWith(".") || UNFINISHED.stream().anyMatch(lower::endsWith);
	}

	/** Takes the file for this hub; empty when another hub took it first or it is gone. */
	Optional<Path> claim(Path file, Instant now) throws IOException {
		Path claimed = Files.createDirectories(folder.resolve(PROCESSING)).resolve(file.getFileName());
		if (!place(file, claimed)) {
			return Optional.empty();
		}
		Files.setLastModifiedTime(claimed, FileTime.from(now));
		return Optional.of(claimed);
	}

	Path archive(Path claimed, String tag) throws IOException {
		return moveUnique(claimed, folder.resolve("archive"), tag);
	}

	/** Moves the file to {@code error} and writes {@code <name>.error.txt} beside it. */
	Path refuse(Path claimed, String tag, String note) throws IOException {
		Path refused = moveUnique(claimed, folder.resolve("error"), tag);
		Path temporary = folder.resolve(PROCESSING).resolve("." + UUID.randomUUID() + ".tmp");
		Files.writeString(temporary, note, StandardCharsets.UTF_8);
		Files.move(temporary, refused.resolveSibling(refused.getFileName() + ".error.txt"),
				StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		return refused;
	}

	/** Puts a claimed file back into the inbox with the time it was last written, to be taken by the next poll. */
	Path release(Path claimed, Instant modified) throws IOException {
		Files.setLastModifiedTime(claimed, FileTime.from(modified));
		return moveUnique(claimed, folder.resolve("inbox"), "again");
	}

	/** Puts back files claimed longer ago than {@code after}: the hub that claimed them stopped before finishing. */
	int releaseStale(Instant now, Duration after) throws IOException {
		Path processing = folder.resolve(PROCESSING);
		if (!Files.isDirectory(processing)) {
			return 0;
		}
		int released = 0;
		try (Stream<Path> files = Files.list(processing)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				boolean stale = Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(after));
				if (stale && file.getFileName().toString().startsWith(".")) {
					Files.deleteIfExists(file);
				}
				else if (stale) {
					moveUnique(file, folder.resolve("inbox"), "again");
					released++;
				}
			}
		}
		return released;
	}

	private static Path moveUnique(Path source, Path target, String tag) throws IOException {
		Files.createDirectories(target);
		String name = source.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : "";
		for (int n = 1; n <= 100; n++) {
			String candidate = n == 1 ? name : base + "-" + tag + (n == 2 ? "" : "-" + n) + extension;
			if (place(source, target.resolve(candidate))) {
				return target.resolve(candidate);
			}
			if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
				throw new NoSuchFileException(source.toString(), null, "taken by another hub meanwhile");
			}
		}
		throw new FileAlreadyExistsException(target.resolve(name).toString(), null, "no free name after 100 tries");
	}

	/** Moves a file to a name nobody holds; false when the name is taken or the file is gone. */
	private static boolean place(Path source, Path target) throws IOException {
		try {
			Files.createLink(target, source);
			Files.delete(source);
			return true;
		}
		catch (FileAlreadyExistsException | NoSuchFileException e) {
			return false;
		}
		catch (UnsupportedOperationException | FileSystemException e) {
			if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
				return false;
			}
			try {
				Files.move(source, target);
				return true;
			}
			catch (FileAlreadyExistsException | NoSuchFileException lost) {
				return false;
			}
		}
	}
}
