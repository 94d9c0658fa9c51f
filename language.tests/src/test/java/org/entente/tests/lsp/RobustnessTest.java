package org.entente.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** The server stays up and answers after garbage and a burst of edits. */
class RobustnessTest extends AbstractEntenteLanguageServerTest {

	private void replaceAll(String uri, int version, String text) {
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	@Test
	void garbageAndRapidEditsStillLeaveAWorkingServer() throws Exception {
		String uri = openFile("stress.entente", "state {{{ ]] \"unterminated\n %%% alliance alliance { members , , }");
		Random random = new Random(42);
		String alphabet = "state alliance { } , members borders 1.5 % : -> \" in expect Germany\n\t";
		int version = 1;
		for (int i = 0; i < 200; i++) {
			StringBuilder garbage = new StringBuilder();
			for (int j = random.nextInt(200); j > 0; j--) {
				garbage.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			replaceAll(uri, ++version, garbage.toString());
			if (i % 20 == 0) {
				// requests interleaved with the edits must not fail either
				languageServer.hover(new HoverParams(doc(uri), positionAt(garbage.toString(), 0)));
			}
		}
		String text = ScenarioTexts.EUROPE + "alliance Dual { members  }\n";
		replaceAll(uri, ++version, text);
		List<String> labels = labels(languageServer
				.completion(new org.eclipse.lsp4j.CompletionParams(doc(uri), afterLast(text, "members ")))
				.get(10, TimeUnit.SECONDS).getRight().getItems());
		assertThat(labels).contains("Germany", "Russia", "France");
	}
}
