package org.entente.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.entente.ide.commands.SimulationCommandHandler;
import org.junit.jupiter.api.Test;

/**
 * A client that is not VS Code (Neovim 0.7's built-in client, for one): no
 * {@code workspace.executeCommand}, no snippets. The server must not offer what it cannot use.
 */
class PlainClientTest extends AbstractEntenteLanguageServerTest {

	@Override
	protected void configureClient(ClientCapabilities capabilities) {
		capabilities.getWorkspace().setExecuteCommand(null);
		capabilities.getTextDocument().setCompletion(new CompletionCapabilities(new CompletionItemCapabilities(false)));
	}

	@Test
	void withoutExecuteCommandThereAreNoLensesAndNoCommandProvider() throws Exception {
		String uri = openFile("lens.entente", ScenarioTexts.EUROPE);
		assertThat(initializeOnce().getCapabilities().getExecuteCommandProvider()).isNull();
		assertThat(languageServer.codeLens(new CodeLensParams(doc(uri))).get()).isEmpty();
	}

	@Test
	void aDirectExecuteCommandStillAnswersInsteadOfFailing() throws Exception {
		String uri = openFile("run.entente", ScenarioTexts.EUROPE);
		Object run = languageServer.executeCommand(new ExecuteCommandParams("entente.run", List.of(uri))).get();
		assertThat(run).isInstanceOf(SimulationCommandHandler.RunResult.class);
	}

	@Test
	void templatesArePlainOneLineTextWithoutSnippetSyntax() throws Exception {
		String text = ScenarioTexts.EUROPE + "\n";
		String uri = openFile("templates.entente", text);
		List<CompletionItem> items = complete(uri, positionAt(text, text.length()));
		assertThat(items).noneMatch(i -> i.getInsertTextFormat() == InsertTextFormat.Snippet);
		CompletionItem state = items.stream().filter(i -> i.getLabel().startsWith("state …")).findFirst().orElseThrow();
		assertThat(state.getTextEdit().getLeft().getNewText()).isEqualTo(
				"state Name \"Full name\" { military 1.0 economy 1.0 population 10 intent status-quo borders Neighbour }");
		for (CompletionItem item : items) {
			String inserted = item.getTextEdit() != null ? item.getTextEdit().getLeft().getNewText() : item.getInsertText();
			assertThat(inserted).as(item.getLabel()).doesNotContain("$", "\n", "\t", "\0");
		}
	}
}
