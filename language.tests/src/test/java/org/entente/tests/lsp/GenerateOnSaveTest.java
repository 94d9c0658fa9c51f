package org.entente.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The language server runs the generator when a scenario is saved, into {@code src-gen/} next to the
 * file (docs/editors.md), never from unsaved text and never at the workspace root.
 */
class GenerateOnSaveTest extends AbstractEntenteLanguageServerTest {

	@Test
	void savingAScenarioWritesItsJavaClassDotAndMarkdownIntoSrcGenNextToIt() throws Exception {
		String uri = openFile("scenarios/saved.entente", ScenarioTexts.EUROPE);
		languageServer.didSave(new DidSaveTextDocumentParams(doc(uri)));
		Path srcGen = root.toPath().resolve("scenarios/src-gen");
		waitFor(srcGen.resolve("July1914.md"));
		assertThat(Files.readString(srcGen.resolve("entente/generated/July1914.java"))).contains("class July1914");
		assertThat(srcGen.resolve("July1914.dot")).exists();
		assertThat(srcGen.resolve("July1914.md")).exists();
		assertThat(root.toPath().resolve("src-gen")).doesNotExist();
	}

	@Test
	void openingAndEditingWithoutSavingWritesNothing() throws Exception {
		String uri = openFile("scenarios/edited.entente", ScenarioTexts.EUROPE);
		String edited = ScenarioTexts.EUROPE.replace("July1914", "August1914");
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(edited))));
		// a request after the change: the build it triggered has run when this answers
		complete(uri, positionAt(edited, 0));
		assertThat(root.toPath().resolve("scenarios/src-gen")).doesNotExist();
		assertThat(root.toPath().resolve("src-gen")).doesNotExist();
	}

	private static void waitFor(Path file) throws InterruptedException {
		for (int i = 0; i < 600 && !Files.exists(file); i++) { // at most 30 s on a busy machine
			Thread.sleep(50);
		}
	}
}
