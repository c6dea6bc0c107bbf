package org.distributionhub.supplier.exchange.adapters.out.files;

import java.util.ArrayList;
import java.util.List;

/** Safe file names for a partner's outbox: the message's own name first, then the same name made unique by a tag. */
final class FileNames {

	private FileNames() {
	}

	/** Letters, digits, '.', '_' and '-' only, not hidden, at most 150 characters. */
	static String safe(String fileName) {
		String name = fileName.length() <= 150 ? fileName : fileName.substring(fileName.length() - 150);
		name = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^\\.+", "_");
		return name.isEmpty() || name.chars().allMatch(c -> c == '_') ? "message" + name : name;
	}

	static List<String> candidates(String fileName, String tag, int count) {
		String name = safe(fileName);
		String safeTag = safe(tag);
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : "";
		List<String> candidates = new ArrayList<>(List.of(name, base + "-" + safeTag + extension));
		for (int n = 2; candidates.size() < count; n++) {
			candidates.add(base + "-" + safeTag + "-" + n + extension);
		}
		return candidates;
	}
}
