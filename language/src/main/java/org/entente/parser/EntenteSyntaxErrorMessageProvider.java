package org.entente.parser;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Rewrites ANTLR's messages ("mismatched input 'x' expecting RULE_ID") into words a scenario
 * writer knows ("found 'x' where a name was expected").
 */
public class EntenteSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	private static final Map<String, String> TOKEN_WORDS = Map.of(
			"RULE_ID", "a name",
			"RULE_INT", "a whole number",
			"RULE_STRING", "a quoted string",
			"RULE_DECIMAL", "a decimal number",
			"EOF", "the end of the file",
			"'<EOF>'", "the end of the file");

	private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern MISSING = Pattern.compile("missing (\\S+) at '(.*)'", Pattern.DOTALL);
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'", Pattern.DOTALL);
	private static final Pattern BAD_CHARACTER = Pattern.compile("mismatched character '(.*)' expecting (.*)", Pattern.DOTALL);

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(rewrite(original.getMessage()), original.getIssueCode(), original.getIssueData());
	}

	/** The plain-words form of an ANTLR message; unknown shapes pass through with token names translated. */
	public static String rewrite(String message) {
		if (message == null) {
			return "This text does not follow the Entente grammar.";
		}
		Matcher m;
		if ((m = MISMATCHED.matcher(message)).matches()) {
			return "Found " + found(m.group(1)) + " where " + words(m.group(2)) + " was expected.";
		}
		if ((m = EXTRANEOUS.matcher(message)).matches()) {
			return "Unexpected " + found(m.group(1)) + "; " + words(m.group(2)) + " was expected.";
		}
		if ((m = MISSING.matcher(message)).matches() && "EOF".equals(m.group(1))) {
			return "Cannot make sense of " + found(m.group(2))
					+ " here: a declaration (scenario, state, alliance, event, expect, ...) was expected.";
		}
		if ((m = MISSING.matcher(message)).matches()) {
			return capitalize(words(m.group(1))) + " is missing before " + found(m.group(2)) + ".";
		}
		if ((m = NO_VIABLE.matcher(message)).matches()) {
			return "Cannot make sense of " + found(m.group(1)) + " here.";
		}
		if ((m = BAD_CHARACTER.matcher(message)).matches() && "<EOF>".equals(m.group(1))) {
			return "The file ends before " + words(m.group(2)) + ": a quoted string or a comment is not closed.";
		}
		if ((m = BAD_CHARACTER.matcher(message)).matches()) {
			return "Unexpected character " + found(m.group(1)) + "; " + words(m.group(2)) + " was expected.";
		}
		return words(message);
	}

	private static String found(String text) {
		if (text.isEmpty() || "<EOF>".equals(text)) {
			return "the end of the file";
		}
		String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
		return "'" + printable(shown) + "'";
	}

	private static String printable(String text) {
		StringBuilder result = new StringBuilder();
		text.codePoints().forEach(c -> {
			if (Character.isISOControl(c) && c != '\n' && c != '\t') {
				result.append(String.format("\\u%04x", c));
			} else {
				result.appendCodePoint(c);
			}
		});
		return result.toString().replace("\n", "\\n").replace("\t", "\\t");
	}

	private static String capitalize(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String words(String text) {
		String result = text;
		for (Map.Entry<String, String> token : TOKEN_WORDS.entrySet()) {
			result = result.replace(token.getKey(), token.getValue());
		}
		return result;
	}
}
