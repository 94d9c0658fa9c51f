package org.entente.parser;

import java.util.concurrent.atomic.AtomicInteger;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.antlr.AbstractInternalAntlrParser;
import org.eclipse.xtext.parser.antlr.IUnorderedGroupHelper;
import org.entente.parser.antlr.EntenteParser;

/**
 * Entente's parser with the lexer on a second thread for a large text (docs/performance.md, "Cold
 * start", sixth round). Xtext lexes the whole text before the parser starts; here the parser starts
 * at once and takes the tokens as the other thread makes them ({@link LexedAheadTokenStream}). The
 * parse is the same: the same tokens reach the same parser in the same order, and the complete text
 * the parser is given first is checked against Xtext's answer afterwards; if it differs (a lexer that
 * failed or tokens that do not cover the text), or the parse throws, the text is parsed again the
 * usual way, so any exception is Xtext's own. Texts below {@link #DEFAULT_MINIMUM_LENGTH} characters,
 * and partial parses (the editor's reparse of a changed region), are parsed the usual way.
 */
public class LexingAheadParser extends EntenteParser {

	/** Characters from which the lexer runs ahead: a 300-state synthetic file has 245,000. */
	public static final int DEFAULT_MINIMUM_LENGTH = 100_000;

	private volatile int minimumLength = DEFAULT_MINIMUM_LENGTH;
	private final AtomicInteger lexedAhead = new AtomicInteger();
	private final AtomicInteger parsedAgain = new AtomicInteger();

	/** For tests: the length from which the lexer runs on its own thread (0: always). */
	public void setMinimumLength(int minimumLength) {
		this.minimumLength = minimumLength;
	}

	/** How many parses of this parser kept the result made with the lexer ahead (for tests). */
	public int parsesLexedAhead() {
		return lexedAhead.get();
	}

	/** How many parses were made again the usual way after one with the lexer ahead (for tests). */
	public int parsesMadeAgain() {
		return parsedAgain.get();
	}

	@Override
	protected IParseResult parse(String ruleName, CharStream in) {
		if (ruleName == null || in.size() < minimumLength || in.index() != 0 || !(in instanceof ANTLRStringStream text)) {
			return super.parse(ruleName, in);
		}
		LexedAheadTokenStream stream = null;
		try {
			stream = new LexedAheadTokenStream(createLexer(in), getTokenDefProvider(), in.substring(0, in.size() - 1));
			IParseResult result = parse(ruleName, stream);
			if (stream.coversWholeText()) {
				lexedAhead.incrementAndGet();
				return result;
			}
		} catch (Exception | StackOverflowError e) {
			// parsed again below, the usual way, which throws Xtext's own exception if there is one
		} finally {
			if (stream != null) {
				stream.awaitLexer();
			}
		}
		parsedAgain.incrementAndGet();
		text.reset();
		return super.parse(ruleName, text);
	}

	/** {@code AbstractAntlrParser.doParse} with the given stream and a new node model. */
	private IParseResult parse(String ruleName, LexedAheadTokenStream stream) throws Exception {
		stream.initCurrentLookAhead(0);
		setInitialHiddenTokens(stream);
		AbstractInternalAntlrParser parser = createParser(stream);
		parser.setTokenTypeMap(getTokenDefProvider().getTokenDefMap());
		parser.setSyntaxErrorProvider(getSyntaxErrorProvider());
		parser.setNodeModelBuilder(createNodeModelBuilder());
		parser.setSemanticModelBuilder(getElementFactory());
		IUnorderedGroupHelper helper = getUnorderedGroupHelper().get();
		parser.setUnorderedGroupHelper(helper);
		helper.initializeWith(parser);
		return parser.parse(ruleName);
	}
}
