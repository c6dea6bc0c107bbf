package org.distributionhub.platform.folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** For tests of watched folders: drop a file written at a given time, list what a folder holds. */
public final class FolderFiles {

	private FolderFiles() {
	}

	public static Path drop(Path folder, String name, String content, Instant modified) throws IOException {
		Path file = Files.createDirectories(folder).resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		Files.setLastModifiedTime(file, FileTime.from(modified));
		return file;
	}

	/** The names in the folder, sorted; none if it does not exist. */
	public static List<String> names(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
