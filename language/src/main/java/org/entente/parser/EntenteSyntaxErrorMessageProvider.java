package org.entente.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.google.inject.Inject;

/**
 * Rewrites ANTLR's messages ("mismatched input 'x' expecting RULE_ID") into words a scenario
 * writer knows ("found 'x' where a name was expected"), and names the token at fault: ANTLR blames
 * the first token of an alternative it could not choose ({@code Alpha} in {@code Alpha atacks Beta});
 * the word at fault is the first following lower-case word that is not a keyword, and a keyword
 * within a small edit distance of it is suggested ({@link Spelling}). The position of that word
 * travels in the issue data ({@link #AT}) and {@link EntenteResource} reports the error there.
 */
public class EntenteSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	/** Issue data {@code at=OFFSET:LENGTH}: where the error is to be reported, when not at ANTLR's node. */
	public static final String AT = "at=";

	/** How many visible tokens from ANTLR's token are searched for the word at fault. */
	private static final int LOOK_AHEAD = 3;

	@Inject
	private IGrammarAccess grammarAccess;

	private Set<String> keywords;

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
		RecognitionException e = context.getRecognitionException();
		if (e != null && e.input instanceof TokenStream tokens) {
			SyntaxErrorMessage unclosed = unclosedBlock(tokens, e.index, original);
			if (unclosed != null) {
				return unclosed;
			}
			List<Token> ahead = visibleTokens(tokens, e.index);
			for (Token token : ahead) {
				String text = token.getText();
				if (text == null || text.isEmpty() || !Character.isLowerCase(text.charAt(0)) || keywords().contains(text)) {
					continue;
				}
				Optional<String> keyword = Spelling.closest(text, keywords());
				if (keyword.isPresent()) {
					return at(token, "Unknown word '" + text + "': did you mean '" + keyword.get() + "'?", original);
				}
			}
			if (e instanceof NoViableAltException && ahead.size() >= 2 && isName(ahead.get(0)) && isName(ahead.get(1))) {
				// 'Alpha foo Beta': the name is fine, the word after it is not one of the keywords that may follow
				return at(ahead.get(1), "Found '" + ahead.get(1).getText() + "' after '" + ahead.get(0).getText()
						+ "' where a keyword was expected (such as 'attacks' in an event or 'balances against' in an expectation).",
						original);
			}
		}
		return new SyntaxErrorMessage(rewrite(original.getMessage()), original.getIssueCode(), original.getIssueData());
	}

	/** Keywords that start a declaration, an event or an expectation: the first word of a line at top level. */
	private static final Set<String> DECLARATION_STARTS = Set.of("scenario", "settings", "ideology", "region", "state",
			"organization", "actor", "dispute", "rivalry", "propensity", "threat", "alliance", "pact", "entente",
			"guarantee", "in", "expect");

	/**
	 * A missing '}': the error is at (or just after) a declaration keyword that starts its line while a
	 * '{' is still open. ANTLR's message would name the keyword ("Cannot make sense of 'state'"); the
	 * cause is the block before it.
	 */
	private static SyntaxErrorMessage unclosedBlock(TokenStream tokens, int index, SyntaxErrorMessage original) {
		if (index < 0) {
			return null;
		}
		if (index >= tokens.size() || visibleTokens(tokens, index).isEmpty()) {
			return unclosedAtEnd(tokens, original);
		}
		Token fault = tokens.get(index);
		Token before = previousVisible(tokens, index);
		Token keyword = startsLine(tokens, fault) ? fault : before != null && startsLine(tokens, before) ? before : null;
		if (keyword == null || !DECLARATION_STARTS.contains(keyword.getText())) {
			return null;
		}
		Token brace = openBrace(tokens, keyword.getTokenIndex());
		if (brace == null) {
			return null;
		}
		String owner = blockOwner(tokens, brace);
		return at(keyword, "'}' is missing before '" + keyword.getText() + "': the block " + owner + "opened on line "
				+ brace.getLine() + " is not closed.", original);
	}

	/**
	 * A missing '}' at the end of the file: ANTLR only says that the file ends ("Cannot make sense of
	 * the end of the file"); the cause is the last block still open. Reported at the file's last word.
	 */
	private static SyntaxErrorMessage unclosedAtEnd(TokenStream tokens, SyntaxErrorMessage original) {
		Token brace = openBrace(tokens, tokens.size());
		Token last = previousVisible(tokens, tokens.size());
		if (brace == null || last == null || last.getText() == null || last.getText().isEmpty()) {
			return null;
		}
		return at(last, "'}' is missing at the end of the file: the block " + blockOwner(tokens, brace) + "opened on line "
				+ brace.getLine() + " is not closed.", original);
	}

	/** The innermost '{' still open before the token at {@code end}, or null. */
	private static Token openBrace(TokenStream tokens, int end) {
		java.util.Deque<Token> open = new java.util.ArrayDeque<>();
		for (int i = 0; i < end; i++) {
			Token token = tokens.get(i);
			if (token.getChannel() != Token.DEFAULT_CHANNEL) {
				continue;
			}
			if ("{".equals(token.getText())) {
				open.push(token);
			} else if ("}".equals(token.getText()) && !open.isEmpty()) {
				open.pop();
			}
		}
		return open.peek();
	}

	/** "of state Alpha " for the '{' after {@code state Alpha} (or {@code state Alpha "title"}), else "". */
	private static String blockOwner(TokenStream tokens, Token brace) {
		Token name = previousVisible(tokens, brace.getTokenIndex());
		if (name != null && name.getText() != null && name.getText().startsWith("\"")) {
			name = previousVisible(tokens, name.getTokenIndex());
		}
		Token kind = name == null ? null : previousVisible(tokens, name.getTokenIndex());
		if (kind != null && kind.getText() != null && kind.getText().matches("[a-z-]+")) {
			return "of " + kind.getText() + " " + name.getText() + " ";
		}
		return "";
	}

	private static Token previousVisible(TokenStream tokens, int index) {
		for (int i = Math.min(index, tokens.size()) - 1; i >= 0; i--) {
			Token token = tokens.get(i);
			if (token.getChannel() == Token.DEFAULT_CHANNEL && token.getType() != Token.EOF) {
				return token;
			}
		}
		return null;
	}

	/** Whether no visible token precedes this one on its line. */
	private static boolean startsLine(TokenStream tokens, Token token) {
		if (token.getType() == Token.EOF) {
			return false;
		}
		Token previous = previousVisible(tokens, token.getTokenIndex());
		return previous == null || previous.getLine() < token.getLine();
	}

	private static SyntaxErrorMessage at(Token token, String message, SyntaxErrorMessage original) {
		int start = ((org.antlr.runtime.CommonToken) token).getStartIndex();
		int length = token.getText().length();
		return new SyntaxErrorMessage(message, original.getIssueCode(), new String[] { AT + start + ":" + length });
	}

	/** The next visible (not whitespace or comment) tokens from {@code index}, at most LOOK_AHEAD. */
	private static List<Token> visibleTokens(TokenStream tokens, int index) {
		List<Token> result = new ArrayList<>();
		for (int i = Math.max(0, index); i < tokens.size() && result.size() < LOOK_AHEAD; i++) {
			Token token = tokens.get(i);
			if (token.getType() == Token.EOF) {
				break;
			}
			if (token.getChannel() == Token.DEFAULT_CHANNEL && token instanceof org.antlr.runtime.CommonToken) {
				result.add(token);
			}
		}
		return result;
	}

	private boolean isName(Token token) {
		String text = token.getText();
		return text != null && !text.isEmpty() && Character.isJavaIdentifierStart(text.charAt(0)) && !keywords().contains(text);
	}

	/** The grammar's keywords that are words (not punctuation). */
	private Set<String> keywords() {
		if (keywords == null) {
			Set<String> words = new TreeSet<>();
			if (grammarAccess != null) {
				for (String keyword : GrammarUtil.getAllKeywords(grammarAccess.getGrammar())) {
					if (keyword.matches("[a-z][a-z-]*")) {
						words.add(keyword);
					}
				}
			}
			keywords = words;
		}
		return keywords;
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
