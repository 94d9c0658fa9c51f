package org.entente.parser;

import java.util.List;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

/**
 * Xtext's token stream fed by a lexer on another thread ({@link TokensAhead}) instead of a buffer
 * filled by lexing the whole text first (docs/performance.md, "Cold start", sixth round). The buffer
 * (Xtext's own list, with its hidden-token rule) is the same, filled as the parser reaches further:
 * every test of Antlr's {@code CommonTokenStream} and Xtext's stream of the form "index below the
 * buffer's size" becomes {@link #has}, which waits for that token or for the lexer's end. Only the
 * parser's thread calls these methods.
 *
 * <p>The parser first asks for the complete text (for the node model's root); Xtext answers with the
 * text from the first token's start to the last token's end, which is the whole text when the tokens
 * cover it. This stream answers with the whole text at once, and {@link #coversWholeText()} tells,
 * after the parse, whether that was the answer Xtext would have given; {@link LexingAheadParser}
 * parses again the usual way when it was not.
 */
final class LexedAheadTokenStream extends XtextTokenStream {

	private final TokensAhead ahead;
	private final String text;

	LexedAheadTokenStream(TokenSource lexer, ITokenDefProvider tokenDefs, String text) {
		super(lexer, tokenDefs);
		this.text = text;
		this.ahead = new TokensAhead(lexer).start();
	}

	/** Whether the token at {@code index} exists: Antlr's {@code index < tokens.size()} on a full buffer. */
	private boolean has(int index) {
		return index < tokens.size() || pull(index);
	}

	@SuppressWarnings("unchecked")
	private boolean pull(int index) {
		List<Object> buffer = tokens;
		while (true) {
			// 'finished' before 'available': once the lexer has stopped, the count read after it is final
			boolean finished = ahead.finished();
			int available = ahead.available();
			for (int n = buffer.size(); n < available; n++) {
				buffer.add(ahead.get(n));
			}
			if (index < buffer.size()) {
				return true;
			}
			if (finished) {
				return false;
			}
			ahead.awaitMore(buffer.size());
		}
	}

	private void pullAll() {
		has(Integer.MAX_VALUE);
	}

	/** Antlr's end of {@code fillBuffer}, without the lexing (done by {@link TokensAhead}). */
	@Override
	protected void fillBuffer() {
		p = 0;
		p = skipOffTokenChannels(p);
	}

	@Override
	protected int skipOffTokenChannels(int i) {
		while (has(i) && ((Token) tokens.get(i)).getChannel() != channel) {
			i++;
		}
		return i;
	}

	@Override
	protected void basicConsume() {
		if (has(p)) {
			p++;
			p = skipOffTokenChannels(p);
		}
	}

	/** Xtext's {@code LT} (hidden tokens skipped for k = 1) over Antlr's, with {@link #has}. */
	@Override
	public Token LT(int k) {
		Token result = antlrLT(k);
		if (k == 1 && result.getChannel() != channel) {
			int k1 = k + 1;
			if (!has(p + k1 - 1)) {
				return Token.EOF_TOKEN;
			}
			int i = p;
			for (int n = 1; n < k1; n++) {
				i = skipOffTokenChannels(i + 1);
			}
			if (!has(i)) {
				return Token.EOF_TOKEN;
			}
			p = i;
			result = (Token) tokens.get(i);
		}
		return result;
	}

	private Token antlrLT(int k) {
		if (p == -1) {
			fillBuffer();
		}
		if (k == 0) {
			return null;
		}
		if (k < 0) {
			return LB(-k);
		}
		if (!has(p + k - 1)) {
			return Token.EOF_TOKEN;
		}
		int i = p;
		for (int n = 1; n < k; n++) {
			i = skipOffTokenChannels(i + 1);
		}
		if (!has(i)) {
			return Token.EOF_TOKEN;
		}
		return (Token) tokens.get(i);
	}

	@Override
	public Token get(int i) {
		has(i);
		return super.get(i);
	}

	@Override
	public int size() {
		pullAll();
		return super.size();
	}

	@SuppressWarnings("rawtypes")
	@Override
	public List getTokens() {
		pullAll();
		return super.getTokens();
	}

	@SuppressWarnings("rawtypes")
	@Override
	public List getTokens(int start, int stop) {
		pullAll();
		return super.getTokens(start, stop);
	}

	@SuppressWarnings("rawtypes")
	@Override
	public List getTokens(int start, int stop, org.antlr.runtime.BitSet types) {
		pullAll();
		return super.getTokens(start, stop, types);
	}

	@SuppressWarnings("rawtypes")
	@Override
	public List getTokens(int start, int stop, List types) {
		pullAll();
		return super.getTokens(start, stop, types);
	}

	@SuppressWarnings("rawtypes")
	@Override
	public List getTokens(int start, int stop, int ttype) {
		pullAll();
		return super.getTokens(start, stop, ttype);
	}

	/** The complete text, checked after the parse by {@link #coversWholeText()}. */
	@Override
	public String toString() {
		if (p == -1) {
			fillBuffer();
		}
		return text;
	}

	@Override
	public String toString(int start, int stop) {
		pullAll();
		return super.toString(start, stop);
	}

	/** The lexer's messages are in a plain map that its thread writes: read once it has stopped. */
	@Override
	public String getLexerErrorMessage(Token invalidToken) {
		ahead.awaitFinished();
		return super.getLexerErrorMessage(invalidToken);
	}

	/** Waits for the lexer's thread to stop (it reads the character stream). */
	void awaitLexer() {
		ahead.awaitFinished();
	}

	/**
	 * Whether the lexer ran to the end of the text and its tokens cover it from the first character to
	 * the last: then {@link #toString()} gave the text Xtext's stream gives (from the first token's start
	 * to the last token's end), and the parser saw the tokens it sees in a full buffer.
	 */
	boolean coversWholeText() {
		ahead.awaitFinished();
		int count = ahead.available();
		if (ahead.failed() || count == 0) {
			return false;
		}
		// the lexer's tokens, not the buffer's: reading the buffer would set hidden channels
		return ahead.get(0) instanceof CommonToken first && ahead.get(count - 1) instanceof CommonToken last
				&& first.getStartIndex() == 0 && last.getStopIndex() == text.length() - 1;
	}
}
