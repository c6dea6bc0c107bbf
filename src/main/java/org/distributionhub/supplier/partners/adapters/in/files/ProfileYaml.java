package org.distributionhub.supplier.partners.adapters.in.files;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.distributionhub.platform.problems.FieldPaths;
import org.distributionhub.platform.problems.JsonMistakes;
import org.distributionhub.platform.problems.TextValues;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a profile YAML file strictly (an unknown field is a mistake, not something to drop) and says where a
 * problem is. A plain scalar bound to text keeps its spelling: a qualifier written 01 stays 01, not 1.
 */
final class ProfileYaml {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.addModule(TextValues.module())
		.build();

	private ProfileYaml() {
	}

	/** The profile in a file, or null with what is wrong (file, line, field) added to the problems. */
	static @Nullable SupplierProfileData read(String name, byte[] yaml, List<String> problems) {
		try {
			var profile = YAML.readValue(yaml, SupplierProfileData.class);
			if (profile == null) {
				problems.add(name + ": the file is empty");
			}
			return profile;
		}
		catch (JacksonException e) {
			String field = FieldPaths.relative(FieldPaths.of(e));
			int line = lineOf(new String(yaml, StandardCharsets.UTF_8), field);
			problems.add(name + ": " + (line > 0 ? "line " + line + ": " : JsonMistakes.where(e))
					+ (field.isEmpty() ? "" : field + ": ") + JsonMistakes.message(e));
			return null;
		}
	}

	/**
	 * The line holding the field a reader refused, found by its path's names in order (the reader's own location
	 * points past the value); 0 when not found.
	 */
	static int lineOf(String yaml, String field) {
		if (field.isEmpty()) {
			return 0;
		}
		var lines = yaml.lines().toList();
		int from = 0;
		int found = 0;
		for (String name : field.replaceAll("\\[\\d+]", "").split("\\.")) {
			var key = Pattern.compile("^\\s*(-\\s+)?[\"']?" + Pattern.quote(name)
					+ "[\"']?\\s*:");
			found = 0;
			for (int i = from; i < lines.size(); i++) {
				if (key.matcher(lines.get(i)).find()) {
					found = i + 1;
					from = i + 1;
					break;
				}
			}
			if (found == 0) {
				return 0;
			}
		}
		return found;
	}
}
