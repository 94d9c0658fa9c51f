package org.entente.ide.quickfix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * The issue data a diagnostic carries for its quick fixes. In-process it is the validator's
 * {@code String[]}; after a trip through JSON-RPC it is a JSON array: both read the same here.
 */
public final class IssueData {

	private IssueData() {
	}

	public static List<String> of(Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		if (data instanceof String[] array) {
			return Arrays.asList(array);
		}
		if (data instanceof List<?> list) {
			List<String> result = new ArrayList<>();
			list.forEach(item -> result.add(String.valueOf(item)));
			return result;
		}
		if (data instanceof JsonArray json) {
			List<String> result = new ArrayList<>();
			for (JsonElement item : json) {
				result.add(item.isJsonNull() ? null : item.getAsString());
			}
			return result;
		}
		if (data instanceof JsonPrimitive primitive) {
			return List.of(primitive.getAsString());
		}
		if (data instanceof String single) {
			return List.of(single);
		}
		return Collections.emptyList();
	}

	/** The value of a {@code key=value} datum, or null when absent. */
	public static String value(Diagnostic diagnostic, String key) {
		for (String datum : of(diagnostic)) {
			if (datum != null && datum.startsWith(key + "=")) {
				return datum.substring(key.length() + 1);
			}
		}
		return null;
	}

	/** The i-th datum, or null when absent. */
	public static String get(Diagnostic diagnostic, int index) {
		List<String> data = of(diagnostic);
		return index < data.size() ? data.get(index) : null;
	}
}
