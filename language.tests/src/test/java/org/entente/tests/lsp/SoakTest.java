package org.entente.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.entente.synth.ScenarioSynthesizer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * One language server instance under a long stream of random edits (whole-document and ranged
 * changes that damage a valid scenario in the ways robustness/Mutations does) and requests
 * (completion, hover, document symbols, formatting). It must answer every request within a time
 * limit, recover clean diagnostics when the text is valid again, and not grow its heap without bound:
 * the heap in use after GC at the end stays within a generous bound of the one at one third.
 * The CI variant is bounded (about 1 000 steps); {@code -Dentente.soak=long} runs 20 000.
 */
class SoakTest extends AbstractLanguageServerTest {

	private static final long TIMEOUT_SECONDS = 30;

	SoakTest() {
		super("entente");
	}

	@Test
	void serverSurvivesRandomEditsAndRequests() throws Exception {
		soak(Integer.getInteger("entente.soak.steps", 1000), 20260408L);
	}

	@Test
	@Tag("soak")
	@EnabledIfSystemProperty(named = "entente.soak", matches = "long")
	void serverSurvivesALongSoak() throws Exception {
		soak(20_000, 7L);
	}

	private void soak(int steps, long seed) throws Exception {
		initialize();
		String base = ScenarioSynthesizer.generate(ScenarioSynthesizer.Options.of(25, 60, seed).withTurns(20));
		String uri = writeFile("soak.entente", base);
		open(uri, base);
		Random random = new Random(seed);
		String text = base;
		int version = 1;
		long atOneThird = -1;
		int answered = 0;
		for (int step = 0; step < steps; step++) {
			// an edit
			if (random.nextInt(3) == 0 || text.length() > 3 * base.length()) {
				text = random.nextInt(4) == 0 ? base : SoakEdits.mutate(base, random);
				change(uri, ++version, null, text);
			} else {
				int from = random.nextInt(text.length() + 1);
				int to = Math.min(text.length(), from + random.nextInt(20));
				String insert = random.nextBoolean() ? "" : SoakEdits.snippet(random);
				change(uri, ++version, new Range(position(text, from), position(text, to)), insert);
				text = text.substring(0, from) + insert + text.substring(to);
			}
			// a request, answered in time whatever the text
			TextDocumentIdentifier doc = new TextDocumentIdentifier(uri);
			Position at = position(text, random.nextInt(text.length() + 1));
			Object answer = switch (random.nextInt(4)) {
				case 0 -> languageServer.completion(new CompletionParams(doc, at)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
				case 1 -> languageServer.hover(new HoverParams(doc, at)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
				case 2 -> languageServer.documentSymbol(new DocumentSymbolParams(doc)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
				default -> languageServer.formatting(new DocumentFormattingParams(doc, new FormattingOptions(4, true)))
						.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			};
			if (answer != null) {
				answered++; // a null result is a request the server dropped, not an empty answer
			}
			notifications.clear(); // the test's own record of notifications must not look like a leak
			if (step == steps / 3) {
				atOneThird = usedHeapAfterGc();
			}
		}
		long atEnd = usedHeapAfterGc();
		assertThat(answered).as("requests answered (not null) of %d sent", steps).isEqualTo(steps);
		assertThat(atEnd).as("heap in use after GC: %d MB at 1/3, %d MB at the end", atOneThird >> 20, atEnd >> 20)
				.isLessThan(2 * atOneThird + (64L << 20));

		// still alive and correct: back to the valid text, clean diagnostics and useful completion
		change(uri, ++version, null, base);
		Either<List<CompletionItem>, CompletionList> completion = languageServer
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(base.split("\n", -1).length - 1, 0)))
				.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		List<CompletionItem> items = completion.isLeft() ? completion.getLeft() : completion.getRight().getItems();
		assertThat(items).extracting(CompletionItem::getLabel).contains("state", "alliance");
		List<Diagnostic> diagnostics = getDiagnostics().get(uri);
		assertThat(diagnostics == null ? List.<Diagnostic>of()
				: diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList()).isEmpty();
	}

	private void change(String uri, int version, Range range, String text) {
		TextDocumentContentChangeEvent event = range == null ? new TextDocumentContentChangeEvent(text)
				: new TextDocumentContentChangeEvent(range, text);
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(event)));
	}

	private static Position position(String text, int offset) {
		int line = 0, column = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				column = 0;
			} else {
				column++;
			}
		}
		return new Position(line, column);
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(50);
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
