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
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.entente.ide.commands.SimulationCommandHandler;
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
	void inlayHintsFollowEachStateNameWithItsPowerShare() throws Exception {
		String text = ScenarioTexts.EUROPE + "state Serbia { }\n";
		String uri = openFile("inlay.entente", text);
		Range everything = new Range(positionAt(text, 0), positionAt(text, text.length()));
		List<InlayHint> hints = languageServer.inlayHint(new InlayHintParams(doc(uri), everything)).get();
		assertThat(hints).hasSize(4);
		assertThat(hints.get(0).getPosition()).isEqualTo(after(text, "state Germany"));
		assertThat(hints).extracting(h -> h.getLabel().getLeft())
				.containsExactly("power 36.03% · GP", "power 41.76% · GP", "power 22.21% · GP", "power 0%");

		Range onlyRussia = new Range(positionOf(text, "state Russia", 0), after(text, "state Russia"));
		assertThat(languageServer.inlayHint(new InlayHintParams(doc(uri), onlyRussia)).get())
				.extracting(h -> h.getLabel().getLeft()).containsExactly("power 41.76% · GP");
	}

	@Test
	void inlayHintsOfALibraryFileShowDeclaredCapabilities() throws Exception {
		String text = "state Germany { military 2.2 economy 3.5 population 65 }\nstate Serbia { }\n";
		String uri = openFile("library.entente", text);
		Range everything = new Range(positionAt(text, 0), positionAt(text, text.length()));
		assertThat(languageServer.inlayHint(new InlayHintParams(doc(uri), everything)).get())
				.extracting(h -> h.getLabel().getLeft()).containsExactly("military 2.2 · economy 3.5 · population 65");
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
		assertThat(run).isInstanceOf(SimulationCommandHandler.RunResult.class);
		SimulationCommandHandler.RunResult result = (SimulationCommandHandler.RunResult) run;
		assertThat(result.message()).isEqualTo("July1914: 5 turns simulated; 1 of 1 expectations hold.");
		assertThat(result.allExpectationsMet()).isTrue();
		assertThat(result.expectations()).extracting(SimulationCommandHandler.ExpectationOutcome::outcome).containsExactly("PASS");
		assertThat(result.report()).contains("Russia enters against Germany: FrancoRussian defense of France");

		Object landscape = languageServer.executeCommand(
				new ExecuteCommandParams("entente.landscape", List.of(lenses.get(1).getCommand().getArguments().get(0)))).get();
		assertThat(landscape).isInstanceOf(SimulationCommandHandler.LandscapeSummary.class);
		SimulationCommandHandler.LandscapeSummary summary = (SimulationCommandHandler.LandscapeSummary) landscape;
		assertThat(summary.year()).isEqualTo(1914);
		assertThat(summary.exact()).isTrue();
		assertThat(summary.minimum()).contains("Germany").contains("|");
	}

	@Test
	void runOfAFileWithErrorsSaysSoInsteadOfSimulating() throws Exception {
		String text = "scenario Broken from 1900 to 1901\nstate A { borders Nowhere }\n";
		String uri = openFile("broken.entente", text);
		Object run = languageServer.executeCommand(new ExecuteCommandParams("entente.run", List.of(uri))).get();
		assertThat(run).isEqualTo("entente: the scenario has 1 error; fix it first (see the diagnostics).");
	}

	@Test
	void runAndLandscapeRefuseAFileWithAValidationErrorAsTheCliDoes() throws Exception {
		// parses and links, but a fraction out of range is an error: entente run refuses it, so must the lenses
		String text = "scenario Loose from 1900 to 1901\nstate A { offensive 1.2 }\n";
		String uri = openFile("loose.entente", text);
		Object run = languageServer.executeCommand(new ExecuteCommandParams("entente.run", List.of(uri))).get();
		assertThat(run).isEqualTo("entente: the scenario has 1 error; fix it first (see the diagnostics).");
		Object landscape = languageServer.executeCommand(new ExecuteCommandParams("entente.landscape", List.of(uri))).get();
		assertThat(landscape).isEqualTo(run);
	}

	@Test
	void anUnknownCommandIsAnInvalidParamsError() throws Exception {
		initializeOnce();
		ResponseError error = errorOf(languageServer.executeCommand(new ExecuteCommandParams("entente.fly", List.of())));
		assertThat(error.getCode()).isEqualTo(ResponseErrorCode.InvalidParams.getValue());
		assertThat(error.getMessage()).isEqualTo("entente: unknown command 'entente.fly'; the commands are entente.run and entente.landscape.");
		assertThat(error.getData()).isNull();
	}

	@Test
	void aCommandWithoutItsArgumentOrForAnUnknownFileIsAClearError() throws Exception {
		initializeOnce();
		ResponseError noArgument = errorOf(languageServer.executeCommand(new ExecuteCommandParams("entente.run", List.of())));
		assertThat(noArgument.getCode()).isEqualTo(ResponseErrorCode.InvalidParams.getValue());
		assertThat(noArgument.getMessage()).isEqualTo("entente: entente.run needs the URI of an .entente file as its argument.");

		String missing = root.toURI().resolve("nowhere/missing.entente").toString();
		ResponseError unknown = errorOf(languageServer.executeCommand(new ExecuteCommandParams("entente.run", List.of(missing))));
		assertThat(unknown.getCode()).isEqualTo(ResponseErrorCode.InvalidParams.getValue());
		assertThat(unknown.getMessage()).startsWith("entente: no .entente file in the workspace at ").endsWith("missing.entente.");
		assertThat(unknown.getData()).isNull();

		ResponseError notEntente = errorOf(languageServer.executeCommand(new ExecuteCommandParams("entente.run", List.of("file:///tmp/notes.txt"))));
		assertThat(notEntente.getMessage()).isEqualTo("entente: no .entente file in the workspace at file:///tmp/notes.txt.");
	}

	@Test
	void noLensesWithoutAScenarioHeader() throws Exception {
		String uri = openFile("library.entente", "state Germany { }\n");
		assertThat(languageServer.codeLens(new CodeLensParams(doc(uri))).get()).isEmpty();
	}
}
