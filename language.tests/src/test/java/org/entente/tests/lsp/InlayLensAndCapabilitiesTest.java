package org.entente.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ServerCapabilities;
import org.entente.ide.commands.ScenarioSummary;
import org.junit.jupiter.api.Test;

class InlayLensAndCapabilitiesTest extends AbstractEntenteLanguageServerTest {

	@Test
	void capabilitiesAdvertiseWhatWorksAndNoSignatureHelp() {
		InitializeResult result = initializeOnce();
		ServerCapabilities capabilities = result.getCapabilities();
		assertThat(capabilities.getSignatureHelpProvider()).isNull();
		assertThat(capabilities.getInlayHintProvider().getLeft()).isTrue();
		assertThat(capabilities.getSemanticTokensProvider().getRange().getLeft()).isTrue();
		assertThat(capabilities.getCodeActionProvider().getLeft()).isTrue();
		assertThat(capabilities.getCodeLensProvider()).isNotNull();
		assertThat(capabilities.getExecuteCommandProvider().getCommands()).contains("entente.run", "entente.landscape");
		assertThat(capabilities.getDocumentRangeFormattingProvider().getLeft()).isTrue();
	}

	@Test
	void inlayHintsFollowEachStateNameWithItsCapabilities() throws Exception {
		String text = ScenarioTexts.EUROPE + "state Serbia { }\n";
		String uri = openFile("inlay.entente", text);
		Range everything = new Range(positionAt(text, 0), positionAt(text, text.length()));
		List<InlayHint> hints = languageServer.inlayHint(new InlayHintParams(doc(uri), everything)).get();
		assertThat(hints).hasSize(3); // Serbia declares no capabilities: no hint
		assertThat(hints.get(0).getPosition()).isEqualTo(after(text, "state Germany"));
		assertThat(hints.get(0).getLabel().getLeft()).isEqualTo("military 2.2 · economy 3.5 · population 65");

		Range onlyRussia = new Range(positionOf(text, "state Russia", 0), after(text, "state Russia"));
		assertThat(languageServer.inlayHint(new InlayHintParams(doc(uri), onlyRussia)).get())
				.extracting(h -> h.getLabel().getLeft()).containsExactly("military 2.6 · economy 1.8 · population 160");
	}

	@Test
	void codeLensesOnTheHeaderRunCommandsThatSummariseTheScenario() throws Exception {
		String text = ScenarioTexts.EUROPE;
		String uri = openFile("lens.entente", text);
		List<? extends CodeLens> lenses = languageServer.codeLens(new CodeLensParams(doc(uri))).get();
		assertThat(lenses).extracting(l -> l.getCommand().getCommand()).containsExactly("entente.run", "entente.landscape");
		assertThat(lenses.get(0).getRange().getStart().getLine()).isZero();

		Object run = languageServer.executeCommand(
				new ExecuteCommandParams("entente.run", List.of(lenses.get(0).getCommand().getArguments().get(0)))).get();
		assertThat(run).isInstanceOf(ScenarioSummary.class);
		ScenarioSummary summary = (ScenarioSummary) run;
		assertThat(summary.states()).isEqualTo(3);
		assertThat(summary.treaties()).isEqualTo(1);
		assertThat(summary.events()).isEqualTo(1);
		assertThat(summary.expectations()).isEqualTo(1);
		assertThat(summary.message()).isEqualTo("July1914: 3 states, 1 treaties, 1 events, 1 expectations.");
	}

	@Test
	void noLensesWithoutAScenarioHeader() throws Exception {
		String uri = openFile("library.entente", "state Germany { }\n");
		assertThat(languageServer.codeLens(new CodeLensParams(doc(uri))).get()).isEmpty();
	}
}
