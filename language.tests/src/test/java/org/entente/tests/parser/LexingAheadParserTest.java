package org.entente.tests.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.entente.parser.LexingAheadParser;
import org.entente.parser.antlr.EntenteParser;
import org.entente.synth.ScenarioSynthesizer;
import org.entente.tests.EntenteInjectorProvider;
import org.entente.tests.EntenteTestFiles;

import com.google.inject.Injector;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The parser with the lexer on its own thread ({@link LexingAheadParser}, docs/performance.md "Cold
 * start", sixth round) against Xtext's parser that lexes the whole text first ({@link EntenteParser}):
 * the same node model (every node's kind, position, grammar element, semantic element and syntax
 * error) and the same model, on every file of the repository, synthesized files and damaged texts
 * (syntax and lexer errors, unterminated strings and comments, characters no token takes).
 */
class LexingAheadParserTest {

	private static EntenteInjectorProvider provider;
	private static Injector injector;
	private static LexingAheadParser ahead;
	private static EntenteParser usual;

	@BeforeContainer
	static void setUp() {
		provider = new EntenteInjectorProvider();
		provider.setupRegistry();
		injector = provider.getInjector();
		ahead = injector.getInstance(LexingAheadParser.class);
		ahead.setMinimumLength(0);
		usual = injector.getInstance(EntenteParser.class);
	}

	@AfterContainer
	static void tearDown() {
		provider.restoreRegistry();
	}

	@Example
	void theLanguageUsesIt() {
		assertThat(injector.getInstance(IParser.class)).isInstanceOf(LexingAheadParser.class);
	}

	@Example
	void everyFileOfTheRepositoryParsesAsWithTheWholeTextLexedFirst() throws IOException {
		List<Path> files = EntenteTestFiles.allEntenteFiles();
		assertThat(files).hasSizeGreaterThanOrEqualTo(8);
		int before = ahead.parsesLexedAhead();
		for (Path file : files) {
			assertSameParse(Files.readString(file));
		}
		assertThat(ahead.parsesLexedAhead() - before).as("parses kept with the lexer ahead").isEqualTo(files.size());
	}

	@Example
	void synthesizedFilesParseAsWithTheWholeTextLexedFirst() {
		// the second one above the default length, as the command line parses it
		int before = ahead.parsesLexedAhead();
		assertSameParse(ScenarioSynthesizer.generate(40, 200, 7));
		String large = ScenarioSynthesizer.generate(300, 1500, 3);
		assertThat(large.length()).isGreaterThan(LexingAheadParser.DEFAULT_MINIMUM_LENGTH);
		assertSameParse(large);
		assertThat(ahead.parsesLexedAhead() - before).isEqualTo(2);
	}

	@Example
	void aTextWithLexerErrorsKeepsTheLexerAhead() {
		int before = ahead.parsesLexedAhead();
		assertSameParse("state A { borders B }\n\"unterminated");
		assertSameParse("ideology X\n\u0000\u0001 § region R");
		assertThat(ahead.parsesLexedAhead() - before).isEqualTo(2);
	}

	@Example
	void anEmptyTextIsParsedAgainTheUsualWay() {
		int before = ahead.parsesMadeAgain();
		assertSameParse("");
		assertThat(ahead.parsesMadeAgain() - before).isEqualTo(1);
	}

	@Example
	void edgeTexts() {
		for (String text : List.of("", " ", "\n", "state", "state A", "\"", "/*", "// only a comment", "§", "state A {",
				"state A { borders B }\n\"unterminated", "state A /* open comment", "ideology X\n\u0000\u0001")) {
			assertSameParse(text);
		}
	}

	/** A file of the repository with pieces cut out, doubled or replaced by characters tokens seldom take. */
	@Property(tries = 150, seed = "20261128", shrinking = ShrinkingMode.OFF)
	void damagedTextsParseAsWithTheWholeTextLexedFirst(@ForAll("damaged") String text) {
		assertSameParse(text);
	}

	@Provide
	Arbitrary<String> damaged() {
		List<String> texts = new ArrayList<>();
		for (Path file : EntenteTestFiles.allEntenteFiles()) {
			try {
				texts.add(Files.readString(file));
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
		Arbitrary<String> noise = Arbitraries.of("\"", "'", "/*", "*/", "//", "{", "}", ":", ",", "§", "#", "\t", "\n", "-",
				"1900", "0.5", "%", "@", "é", "\u0000", "state", "treaty", "  ").list().ofMinSize(1).ofMaxSize(4)
				.map(l -> String.join("", l));
		Arbitrary<Edit> edit = Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 40),
				Arbitraries.integers().between(0, 2), noise).as(Edit::new);
		return Combinators.combine(Arbitraries.of(texts), edit.list().ofMinSize(1).ofMaxSize(5)).as((text, edits) -> {
			String result = text;
			for (Edit e : edits) {
				result = e.apply(result);
			}
			return result;
		});
	}

	/** At a relative position: cut {@code length} characters (0), double them (1) or put {@code noise} in their place (2). */
	private record Edit(double at, int length, int kind, String noise) {
		String apply(String text) {
			int start = (int) (at * text.length());
			int end = Math.min(text.length(), start + length);
			return switch (kind) {
			case 0 -> text.substring(0, start) + text.substring(end);
			case 1 -> text.substring(0, end) + text.substring(start);
			default -> text.substring(0, start) + noise + text.substring(end);
			};
		}
	}

	private static void assertSameParse(String text) {
		IParseResult expected = usual.parse(new StringReader(text));
		IParseResult actual = ahead.parse(new StringReader(text));
		List<String> expectedNodes = describe(expected);
		List<String> actualNodes = describe(actual);
		assertThat(actualNodes).as("nodes of %s", abbreviated(text)).isEqualTo(expectedNodes);
		assertThat(actual.hasSyntaxErrors()).isEqualTo(expected.hasSyntaxErrors());
		EObject expectedRoot = expected.getRootASTElement();
		EObject actualRoot = actual.getRootASTElement();
		assertThat(actualRoot == null).isEqualTo(expectedRoot == null);
		if (expectedRoot != null) {
			assertThat(EcoreUtil.equals(actualRoot, expectedRoot)).as("model of %s", abbreviated(text)).isTrue();
		}
	}

	/** Every node: kind, offset, length, text, grammar element, semantic element's type and syntax error. */
	private static List<String> describe(IParseResult result) {
		List<String> nodes = new ArrayList<>();
		nodes.add("root text " + result.getRootNode().getText().hashCode() + " " + result.getRootNode().getText().length());
		for (INode node : result.getRootNode().getAsTreeIterable()) {
			SyntaxErrorMessage error = node.getSyntaxErrorMessage();
			EObject semantic = node.hasDirectSemanticElement() ? node.getSemanticElement() : null;
			nodes.add(node.getClass().getSimpleName() + " " + node.getTotalOffset() + "+" + node.getTotalLength() + " "
					+ (node.getGrammarElement() == null ? "-" : EcoreUtil.getURI(node.getGrammarElement()).fragment()) + " "
					+ (semantic == null ? "-" : semantic.eClass().getName()) + " "
					+ (error == null ? "-" : error.getMessage() + "|" + error.getIssueCode()) + " " + node.getText());
		}
		return nodes;
	}

	private static String abbreviated(String text) {
		return text.length() <= 200 ? text : text.substring(0, 200) + "…";
	}
}
