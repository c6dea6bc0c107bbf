package org.distributionhub.platform.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.distributionhub.shared.ControlCharacters;
import org.distributionhub.shared.ControlCharacters.Kind;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Holds every text value of a JSON body to {@link ControlCharacters} (free text: no control but tab and line breaks):
 * as a Jackson module for bodies read into records, where the refusal names the field's path like any other
 * mistake, and as a check of a body read as a tree.
 */
public final class TextValues {

	private TextValues() {
	}

	/** The module that refuses a string value with a control character, naming it by its path. */
	public static JacksonModule module() {
		return new SimpleModule("hub-text-values").addDeserializer(String.class, new CheckedStrings());
	}

	/** Every text value of the tree with a control character it may not carry, by path. */
	public static List<Map<String, String>> errors(JsonNode tree) {
		var errors = new ArrayList<Map<String, String>>();
		collect(tree, FieldPaths.BODY, errors);
		return errors;
	}

	private static void collect(JsonNode node, String path, List<Map<String, String>> errors) {
		if (node.isString()) {
			String problem = ControlCharacters.problem(node.asString(), Kind.TEXT);
			if (problem != null) {
				errors.add(ApiProblems.error(path, problem));
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collect(node.get(i), path + "[" + i + "]", errors);
			}
		}
		else if (node.isObject()) {
			node.properties().forEach(field -> {
				String name = field.getKey();
				if (ControlCharacters.find(name, Kind.TEXT) >= 0) {
					errors.add(ApiProblems.error(path, "a field name " + ControlCharacters.problem(name, Kind.TEXT)));
				}
				else {
					collect(field.getValue(), path + "." + name, errors);
				}
			});
		}
	}

	/** Jackson's own string reading, then the rule. */
	private static final class CheckedStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
			String value = super.deserialize(p, ctxt);
			String problem = ControlCharacters.problem(value, Kind.TEXT);
			if (problem != null) {
				throw MismatchedInputException.from(p, (Class<?>) null, problem);
			}
			return value;
		}
	}
}
