package org.entente.parser;

import java.util.concurrent.locks.LockSupport;

import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;

/**
 * A lexer run on its own thread over the whole text, its tokens handed to the parser's thread as they
 * come (docs/performance.md, "Cold start", sixth round). Written by the lexer's thread only; the parser's
 * thread reads the tokens below {@link #available()}, which the lexer's thread publishes after writing
 * them. The tokens are numbered here as Antlr's token stream numbers them when it fills its buffer.
 */
final class TokensAhead implements Runnable {

	private static final int CHUNK_BITS = 10;
	private static final int CHUNK = 1 << CHUNK_BITS;
	/** Tokens published at a time: a volatile write and a look for a waiting reader per batch, not per token. */
	private static final int BATCH = 64;

	private final TokenSource lexer;
	private volatile Token[][] chunks = new Token[16][];
	private volatile int available;
	private volatile boolean finished;
	private volatile Throwable failure;
	private volatile Thread waiting;

	TokensAhead(TokenSource lexer) {
		this.lexer = lexer;
	}

	/** Starts the lexer on a daemon thread. */
	TokensAhead start() {
		Thread thread = new Thread(this, "entente-lexer");
		thread.setDaemon(true);
		thread.start();
		return this;
	}

	@Override
	public void run() {
		int count = 0;
		try {
			// Antlr's CommonTokenStream.fillBuffer: every token up to the end of the text, numbered in order
			// (Xtext's token stream neither discards token types nor overrides channels)
			for (Token token = lexer.nextToken(); token != null && token.getType() != Token.EOF; token = lexer.nextToken()) {
				token.setTokenIndex(count);
				store(count, token);
				count++;
				if (count % BATCH == 0) {
					publish(count);
				}
			}
		} catch (Throwable e) {
			failure = e;
		} finally {
			available = count;
			finished = true;
			wake();
		}
	}

	private void store(int index, Token token) {
		Token[][] table = chunks;
		int chunk = index >>> CHUNK_BITS;
		if (chunk >= table.length) {
			Token[][] larger = new Token[table.length * 2][];
			System.arraycopy(table, 0, larger, 0, table.length);
			chunks = table = larger;
		}
		if (table[chunk] == null) {
			table[chunk] = new Token[CHUNK];
		}
		table[chunk][index & (CHUNK - 1)] = token;
	}

	private void publish(int count) {
		available = count;
		wake();
	}

	private void wake() {
		Thread reader = waiting;
		if (reader != null) {
			LockSupport.unpark(reader);
		}
	}

	/** How many tokens the parser's thread may read; never falls. */
	int available() {
		return available;
	}

	/** The token at an index below {@link #available()}. */
	Token get(int index) {
		return chunks[index >>> CHUNK_BITS][index & (CHUNK - 1)];
	}

	/** Whether the lexer has stopped: at the end of the text, or with {@link #failed()}. */
	boolean finished() {
		return finished;
	}

	/** Whether the lexer stopped on an exception (then the tokens are not the whole text's). */
	boolean failed() {
		return failure != null;
	}

	/** Waits until more than {@code known} tokens are available or the lexer has stopped. */
	void awaitMore(int known) {
		waiting = Thread.currentThread();
		try {
			while (available <= known && !finished) {
				LockSupport.parkNanos(this, 1_000_000L);
			}
		} finally {
			waiting = null;
		}
	}

	/** Waits until the lexer has stopped. */
	void awaitFinished() {
		while (!finished) {
			awaitMore(Integer.MAX_VALUE);
		}
	}
}
