package org.entente.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.entente.validation.EntenteIssueCodes;
import org.junit.jupiter.api.Test;

class DiagnosticsAndQuickFixTest extends AbstractEntenteLanguageServerTest {

	private List<CodeAction> codeActions(String uri, Diagnostic diagnostic) throws Exception {
		CodeActionParams params = new CodeActionParams(doc(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		return languageServer.codeAction(params).get().stream().filter(Either::isRight).map(Either::getRight).toList();
	}

	private Diagnostic onlyDiagnostic(String uri, String code) {
		List<Diagnostic> found = diagnosticsOf(uri).stream()
				.filter(d -> d.getCode() != null && code.equals(d.getCode().getLeft())).toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	static String applyAction(String text, String uri, CodeAction action) {
		List<TextEdit> edits = action.getEdit().getChanges().get(uri);
		return apply(text, edits);
	}

	@Test
	void unresolvedNamesArePublishedWithTheirCodeAndPosition() {
		String text = ScenarioTexts.EUROPE + "rivalry France, Prussia\n";
		String uri = openFile("diagnostics.entente", text);
		Diagnostic diagnostic = onlyDiagnostic(uri, EntenteIssueCodes.UNRESOLVED_NAME);
		assertThat(diagnostic.getMessage().getLeft()).contains("No state named 'Prussia'");
		assertThat(diagnostic.getRange().getStart()).isEqualTo(positionOf(text, "Prussia", 0));
	}

	@Test
	void cleanScenarioHasNoErrors() {
		String uri = openFile("clean.entente", ScenarioTexts.EUROPE);
		assertThat(diagnosticsOf(uri)).noneMatch(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error);
	}

	@Test
	void createStateDeclaresTheMissingStateAfterTheLastState() throws Exception {
		String text = ScenarioTexts.EUROPE + "rivalry France, Prussia\n";
		String uri = openFile("fix.entente", text);
		Diagnostic diagnostic = onlyDiagnostic(uri, EntenteIssueCodes.UNRESOLVED_NAME);
		List<CodeAction> actions = codeActions(uri, diagnostic);
		assertThat(actions).extracting(CodeAction::getTitle).containsExactly("Create state 'Prussia'");
		String fixed = applyAction(text, uri, actions.get(0));
		assertThat(fixed).contains("borders Germany }\nstate Prussia { }\n\nalliance FrancoRussian");

		// the fixed text checks clean
		String fixedUri = openFile("fixed.entente", fixed);
		assertThat(diagnosticsOf(fixedUri)).noneMatch(d -> EntenteIssueCodes.UNRESOLVED_NAME.equals(d.getCode().getLeft()));
	}

	@Test
	void createIdeologyAndRegionForTheirUnresolvedNames() throws Exception {
		String text = "state Italy { ideology Fascism region Mediterranean }\n";
		String uri = openFile("kinds.entente", text);
		List<Diagnostic> unresolved = diagnosticsOf(uri);
		assertThat(unresolved).hasSize(2);
		List<String> titles = new java.util.ArrayList<>();
		String fixed = text;
		for (Diagnostic d : unresolved) {
			CodeAction action = codeActions(uri, d).get(0);
			titles.add(action.getTitle());
			assertThat(applyAction(text, uri, action)).startsWith(text + "\n");
		}
		assertThat(titles).containsExactlyInAnyOrder("Create ideology 'Fascism'", "Create region 'Mediterranean'");
		assertThat(applyAction(fixed, uri, codeActions(uri, unresolved.get(0)).get(0)))
				.isIn(text + "\nideology Fascism\n", text + "\nregion Mediterranean\n");
	}

	@Test
	void noCreateActionForAnUnresolvedTreaty() throws Exception {
		String text = ScenarioTexts.EUROPE + "in 1915: Germany joins Triple\n";
		String uri = openFile("treaty.entente", text);
		Diagnostic diagnostic = onlyDiagnostic(uri, EntenteIssueCodes.UNRESOLVED_NAME);
		assertThat(codeActions(uri, diagnostic)).isEmpty();
	}

}
