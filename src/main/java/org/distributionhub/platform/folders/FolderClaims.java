package org.distributionhub.platform.folders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The moves of a watched folder. A claim is a folder of its own, {@code <claims>/<epoch millis>-<random>/}, the file
 * renamed into it with ATOMIC_MOVE: only one rename of a file can succeed and its target never exists. A file is
 * placed in the inbox, archive or error by a hard link, which never replaces another file (where links are not
 * supported, by a move after checking the name is free); a name taken already gets {@code -<tag>} before its
 * extension, then {@code -<tag>-3} and so on. Notes are written under a hidden name and renamed into place.
 */
final class FolderClaims {

	private final FolderLayout layout;

	FolderClaims(FolderLayout layout) {
		this.layout = layout;
	}

	/** Takes the file for this hub; empty when another hub or round took it first or it is gone. */
	Optional<Path> claim(Path file, Instant now) throws IOException {
		Path claim = Files.createDirectories(layout.claims())
			.resolve(now.toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8));
		Files.createDirectory(claim);
		try {
			return Optional.of(Files.move(file, claim.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE));
		}
		catch (NoSuchFileException gone) {
			Files.deleteIfExists(claim);
			return Optional.empty();
		}
		catch (IOException e) {
			Files.deleteIfExists(claim);
			throw e;
		}
	}

	/** Moves a claimed file into {@code folder}, writes {@code text} (if any) beside it and ends the claim. */
	Path finish(Path claimed, Path folder, String tag, String suffix, @Nullable String text) throws IOException {
		Path placed = placeUnique(claimed, folder, tag)
			.orElseThrow(() -> new NoSuchFileException(claimed.toString(), null, "the claim was taken over"));
		if (text != null) {
			Path temporary = placed.resolveSibling("." + UUID.randomUUID() + ".tmp");
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, placed.resolveSibling(placed.getFileName() + suffix), StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
		}
		end(claimed);
		return placed;
	}

	/** Puts a claimed file back into the inbox as it was (name and time), for a later round. */
	void release(Path claimed) throws IOException {
		placeUnique(claimed, layout.inbox(), "again");
		end(claimed);
	}

	void releaseQuietly(Path claimed) {
		try {
			release(claimed);
		}
		catch (IOException e) {
			// Left claimed: a later round puts it back once the claim counts as abandoned.
		}
	}

	/**
	 * Puts back the files of claims made before {@code before}: the hub that made them stopped. A file directly in the
	 * claims folder (as claimed by earlier versions) counts as claimed at its modification time. Returns how many.
	 */
	int releaseAbandoned(Instant before) throws IOException {
		if (!Files.isDirectory(layout.claims())) {
			return 0;
		}
		int released = 0;
		for (Path entry : list(layout.claims())) {
			if (!claimedAt(entry).isBefore(before)) {
				continue;
			}
			for (Path file : Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? list(entry) : List.of(entry)) {
				if (file.getFileName().toString().startsWith(".")) {
					Files.deleteIfExists(file);
				}
				else if (placeUnique(file, layout.inbox(), "again").isPresent()) {
					released++;
				}
			}
			end(entry);
		}
		return released;
	}

	private static Instant claimedAt(Path entry) throws IOException {
		String name = entry.getFileName().toString();
		int dash = name.indexOf('-');
		if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && dash > 0) {
			try {
				return Instant.ofEpochMilli(Long.parseLong(name.substring(0, dash)));
			}
			catch (NumberFormatException notOurs) {
				// fall through to the modification time
			}
		}
		return Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant();
	}

	/** Removes the claim folder of a claimed file (or of itself), if it is one and empty. */
	private void end(Path claimedOrClaim) throws IOException {
		Path claim = claimedOrClaim.getParent().equals(layout.claims()) ? claimedOrClaim : claimedOrClaim.getParent();
		if (claim.getParent().equals(layout.claims()) && Files.isDirectory(claim, LinkOption.NOFOLLOW_LINKS)) {
			try {
				Files.deleteIfExists(claim);
			}
			catch (DirectoryNotEmptyException stillUsed) {
				// another file of it is still being moved; a later round removes it
			}
		}
	}

	private static List<Path> list(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.sorted().toList();
		}
	}

	/** Places the file in {@code folder} under a name nobody holds; empty when the file is gone meanwhile. */
	private static Optional<Path> placeUnique(Path source, Path folder, String tag) throws IOException {
		Files.createDirectories(folder);
		String name = source.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : "";
		for (int n = 1; n <= 100; n++) {
			Path candidate = folder.resolve(n == 1 ? name : base + "-" + tag + (n == 2 ? "" : "-" + n) + extension);
			if (place(source, candidate)) {
				return Optional.of(candidate);
			}
			if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
				return Optional.empty();
			}
		}
		throw new FileAlreadyExistsException(folder.resolve(name).toString(), null, "no free name after 100 tries");
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
