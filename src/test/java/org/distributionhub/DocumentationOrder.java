package org.distributionhub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts the unordered parts of Spring Modulith's generated documentation in a fixed order: the Documenter lists
 * relationships, listened-to events and bean references in the order the classes were imported, which follows the
 * file system's directory order and so differs from one checkout to another.
 */
final class DocumentationOrder {

	/** A relationship line of a C4 ({@code Rel(...)}) or UML ({@code a --> b}) PlantUML diagram. */
	private static final Pattern RELATIONSHIP = Pattern.compile("^(Rel\\(|\\S+ -+> \\S+ ).*");

	/** A top-level AsciiDoc list item, possibly the first one of a table cell ({@code |* }). */
	private static final Pattern ITEM = Pattern.compile("^\\|?\\* .*");

	/** A nested list item, which stays with the item above it. */
	private static final Pattern SUB_ITEM = Pattern.compile("^\\*\\*+ .*");

	private DocumentationOrder() {
	}

	/** Rewrites every .puml and .adoc file below the folder with its unordered parts sorted. */
	static void sort(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = file.getFileName().toString();
				if (name.endsWith(".puml") || name.endsWith(".adoc")) {
					String text = Files.readString(file, StandardCharsets.UTF_8);
					String sorted = name.endsWith(".puml") ? sortRelationships(text) : sortLists(text);
					if (!sorted.equals(text)) {
						Files.writeString(file, sorted, StandardCharsets.UTF_8);
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Sorts each run of consecutive relationship lines. */
	static String sortRelationships(String diagram) {
		List<String> out = new ArrayList<>();
		List<String> run = new ArrayList<>();
		for (String line : diagram.lines().toList()) {
			if (RELATIONSHIP.matcher(line).matches()) {
				run.add(line);
				continue;
			}
			out.addAll(run.stream().sorted().toList());
			run.clear();
			out.add(line);
		}
		out.addAll(run.stream().sorted().toList());
		return join(out, diagram);
	}

	/**
	 * Sorts the items of each list (an item with its nested items); a table cell's first item keeps the cell's
	 * {@code |} in front, whichever item comes first.
	 */
	static String sortLists(String document) {
		List<String> out = new ArrayList<>();
		List<List<String>> items = new ArrayList<>();
		boolean cell = false;
		for (String line : document.lines().toList()) {
			if (ITEM.matcher(line).matches()) {
				if (line.startsWith("|") || items.isEmpty()) {
					flush(items, cell, out);
					cell = line.startsWith("|");
				}
				items.add(new ArrayList<>(List.of(cell && items.isEmpty() ? line.substring(1) : line)));
			}
			else if (!items.isEmpty() && SUB_ITEM.matcher(line).matches()) {
				items.get(items.size() - 1).add(line);
			}
			else {
				flush(items, cell, out);
				out.add(line);
			}
		}
		flush(items, cell, out);
		return join(out, document);
	}

	private static void flush(List<List<String>> items, boolean cell, List<String> out) {
		if (items.isEmpty()) {
			return;
		}
		items.sort((a, b) -> String.join("\n", a).compareTo(String.join("\n", b)));
		boolean first = true;
		for (List<String> item : items) {
			for (String line : item) {
				out.add(first && cell ? "|" + line : line);
				first = false;
			}
		}
		items.clear();
	}

	private static String join(List<String> lines, String original) {
		return String.join("\n", lines) + (original.endsWith("\n") ? "\n" : "");
	}
}
