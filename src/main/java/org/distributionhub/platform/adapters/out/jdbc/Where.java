package org.distributionhub.platform.adapters.out.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A WHERE clause built from optional criteria, with its parameters in order. */
final class Where {

	private final List<String> conditions = new ArrayList<>();
	private final List<Object> params = new ArrayList<>();

	void add(String condition, Object param) {
		conditions.add(condition);
		params.add(param);
	}

	/** Adds the condition when its parameter is there. */
	void addIf(String condition, @Nullable Object param) {
		if (param != null) {
			add(condition, param);
		}
	}

	/** Case-insensitive containment; % and _ in the text are matched literally. */
	void like(String column, @Nullable String text) {
		anyLike(text, column);
	}

	/** Case-insensitive containment in any of the columns. */
	void anyLike(@Nullable String text, String... columns) {
		if (text != null) {
			String pattern = containing(text.toLowerCase(Locale.ROOT));
			var each = new ArrayList<String>();
			for (String column : columns) {
				each.add("LOWER(" + column + ") LIKE ? ESCAPE '\\'");
				params.add(pattern);
			}
			conditions.add("(" + String.join(" OR ", each) + ")");
		}
	}

	/** A LIKE pattern (with ESCAPE '\\') for text containing {@code text}, its % and _ matched literally. */
	static String containing(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	String sql() {
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	List<Object> params() {
		return params;
	}

	List<Object> paramsAnd(Object... more) {
		var all = new ArrayList<>(params);
		all.addAll(List.of(more));
		return all;
	}
}
