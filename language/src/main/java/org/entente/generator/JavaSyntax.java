package org.entente.generator;

import java.util.Locale;
import java.util.Set;

/**
 * Java source text for the generated class: literals that read back as exactly the same value,
 * identifiers that are always legal, and comment text that cannot end or escape its comment.
 */
public final class JavaSyntax {

	private JavaSyntax() {
	}

	/**
	 * A builder lambda such as {@code s -> s.military(2.2).economy(3.5)}: {@code s -> {}} without calls,
	 * one line when short, else one call per line, indented twice under the statement.
	 */
	public static String lambda(String parameter, java.util.List<? extends CharSequence> calls) {
		if (calls.isEmpty()) {
			return parameter + " -> {}";
		}
		String oneLine = parameter + " -> " + parameter + "." + String.join(".", calls);
		if (oneLine.length() <= 70 && calls.size() <= 3) {
			return oneLine;
		}
		StringBuilder out = new StringBuilder(parameter).append(" -> ").append(parameter);
		for (CharSequence call : calls) {
			out.append("\n\t\t.").append(call);
		}
		return out.toString();
	}

	/** Java keywords and literals, plus {@code _}: never usable as identifiers. */
	static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
			"char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
			"finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
			"native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
			"super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
			"while", "true", "false", "null", "var", "yield", "record", "sealed", "permits", "non-sealed", "_");

	/**
	 * Simple type names the generated class refers to (its imports and the java.lang types it uses):
	 * the class may not take one of them as its own name.
	 */
	static final Set<String> TYPES_IN_USE = Set.of("Scenario", "ScenarioBuilder", "Settings", "Simulation", "Trace",
			"JsonReport", "Event", "Expectation", "Condition", "Intent", "ActorKind", "ThreatLevel", "Polarity",
			"TreatyStatus", "TreatyKind", "Clause", "ClauseType", "List", "String", "System", "Object", "Override",
			"Math", "Double", "Integer", "Class", "Record", "Enum", "Deprecated", "SuppressWarnings");

	/** A Java string literal (quoted) for the text, or {@code null}; non-ASCII as {@code \\uXXXX}. */
	public static String string(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || c > 0x7e) {
						out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					} else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/**
	 * A Java double literal that reads back as exactly {@code value}: {@code 65}, {@code 0.6},
	 * {@code -0.0}, {@code 1.0E20}. Integral values print without ".0" (an int widens exactly).
	 */
	public static String number(double value) {
		if (Double.isNaN(value)) {
			return "Double.NaN";
		}
		if (Double.isInfinite(value)) {
			return value > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
		}
		String text = Double.toString(value);
		if (text.endsWith(".0") && !text.equals("-0.0") && Math.abs(value) <= Integer.MAX_VALUE) {
			return text.substring(0, text.length() - 2);
		}
		return text;
	}

	/** The number as a person would write it in prose (no exponent where avoidable). */
	public static String plain(double value) {
		return org.entente.engine.trace.Fmt.plain(value);
	}

	/** A fraction as a percentage for prose and comments: 0.6 -> "60%", 0.055 -> "5.5%". */
	public static String percent(double fraction) {
		return plain(new java.math.BigDecimal(Double.toString(fraction)).movePointRight(2).doubleValue()) + "%";
	}

	/**
	 * Text for a comment: one line, no comment terminator, and no backslash that Java's
	 * unicode-escape translation (which also applies inside comments) could pick up.
	 */
	public static String comment(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				out.append("\\\\");
			} else if (c == '/' && i > 0 && text.charAt(i - 1) == '*') {
				out.append(" /");
			} else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
				out.append(' ');
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The class name for a scenario name: capitalised, never a keyword or a type the class uses. */
	public static String className(String scenarioName) {
		String name = scenarioName == null || scenarioName.isEmpty() ? "Scenario" : identifier(scenarioName);
		name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
		if (KEYWORDS.contains(name) || TYPES_IN_USE.contains(name) || name.equals("_")) {
			name = name + "Scenario";
		}
		return name;
	}

	/** UPPER_SNAKE_CASE for a declared name: AustriaHungary -> AUSTRIA_HUNGARY, USSR -> USSR. */
	public static String constantName(String name) {
		String id = identifier(name);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (i > 0 && Character.isUpperCase(c)) {
				char before = id.charAt(i - 1);
				boolean nextLower = i + 1 < id.length() && Character.isLowerCase(id.charAt(i + 1));
				if (Character.isLowerCase(before) || Character.isDigit(before)
						|| (Character.isUpperCase(before) && nextLower)) {
					out.append('_');
				}
			}
			out.append(Character.toUpperCase(c));
		}
		String result = out.toString();
		return result.equals("_") ? "__" : result;
	}

	/** The name with every character that cannot appear in a Java identifier replaced by '_'. */
	static String identifier(String name) {
		StringBuilder out = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			boolean ok = i == 0 ? Character.isJavaIdentifierStart(c) : Character.isJavaIdentifierPart(c);
			out.append(ok && c < 0x80 ? c : '_');
		}
		return out.toString();
	}
}
