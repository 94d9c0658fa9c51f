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
 * The issue data of one diagnostic: the names, years and numbers its message speaks of, as
 * {@code key=value} strings (see {@code EntenteIssueCodes}). In-process it is the validator's
 * {@code String[]}; after a trip through JSON-RPC it is a JSON array: both read the same here.
 */
public final class IssueData {

	private final List<String> data;

	private IssueData(List<String> data) {
		this.data = data;
	}

	public static IssueData of(Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		if (data instanceof String[] array) {
			return new IssueData(Arrays.asList(array));
		}
		List<String> result = new ArrayList<>();
		if (data instanceof List<?> list) {
			list.forEach(item -> result.add(String.valueOf(item)));
		} else if (data instanceof JsonArray json) {
			for (JsonElement item : json) {
				result.add(item.isJsonNull() ? null : item.getAsString());
			}
		} else if (data instanceof JsonPrimitive primitive) {
			result.add(primitive.getAsString());
		} else if (data instanceof String single) {
			result.add(single);
		} else {
			return new IssueData(Collections.emptyList());
		}
		return new IssueData(result);
	}

	/** The value of a {@code key=value} datum, or null when absent. */
	public String value(String key) {
		for (String datum : data) {
			if (datum != null && datum.startsWith(key + "=")) {
				return datum.substring(key.length() + 1);
			}
		}
		return null;
	}

	/** A number datum, or null when absent or not a number. */
	public Double number(String key) {
		String value = value(key);
		try {
			return value == null ? null : Double.valueOf(value);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** The i-th datum (the linker's data are positional), or null when absent. */
	public String get(int index) {
		return index < data.size() ? data.get(index) : null;
	}
}
