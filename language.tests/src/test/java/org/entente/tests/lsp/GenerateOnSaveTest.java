package org.entente.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.junit.jupiter.api.Test;

/** The language server runs the generator into the workspace's src-gen/ folder, as Xtext users expect. */
class GenerateOnSaveTest extends AbstractEntenteLanguageServerTest {

	@Test
	void savingAScenarioWritesItsJavaClassDotAndMarkdownIntoSrcGen() throws Exception {
		String uri = openFile("saved.entente", ScenarioTexts.EUROPE);
		languageServer.didSave(new DidSaveTextDocumentParams(doc(uri)));
		Path srcGen = root.toPath().resolve("src-gen");
		waitFor(srcGen.resolve("entente/generated/July1914.java"));
		assertThat(Files.readString(srcGen.resolve("entente/generated/July1914.java"))).contains("class July1914");
		assertThat(srcGen.resolve("July1914.dot")).exists();
		assertThat(srcGen.resolve("July1914.md")).exists();
	}

	private static void waitFor(Path file) throws InterruptedException {
		for (int i = 0; i < 100 && !Files.exists(file); i++) {
			Thread.sleep(50);
		}
	}

}
