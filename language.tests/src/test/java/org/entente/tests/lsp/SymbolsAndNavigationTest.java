package org.entente.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

class SymbolsAndNavigationTest extends AbstractEntenteLanguageServerTest {

	private static final String WORLD = """
			state Germany "German Empire" { military 2.2 }
			state France { borders Germany }
			state Russia { borders Germany }
			""";

	private static final String TREATIES = """
			alliance Dual { members Germany, Russia defense against France }
			rivalry France, Germany
			""";

	@Test
	void outlineGroupsDeclarationsByKind() throws Exception {
		String uri = openFile("outline.entente", ScenarioTexts.EUROPE);
		List<DocumentSymbol> symbols = languageServer.documentSymbol(new DocumentSymbolParams(doc(uri))).get().stream()
				.map(Either::getRight).toList();
		assertThat(symbols).extracting(DocumentSymbol::getName)
				.containsExactly("July1914", "Ideologies", "Regions", "States", "Treaties", "Events", "Expectations");
		DocumentSymbol states = symbols.get(3);
		assertThat(states.getChildren()).extracting(DocumentSymbol::getName).containsExactly("Germany", "Russia", "France");
		assertThat(states.getChildren().get(0).getKind()).isEqualTo(SymbolKind.Class);
		assertThat(states.getChildren().get(0).getDetail()).contains("German Empire");
		assertThat(symbols.get(4).getChildren().get(0).getKind()).isEqualTo(SymbolKind.Interface);
		assertThat(symbols.get(5).getChildren().get(0).getName()).isEqualTo("in 1914: Germany attacks France");
	}

	@Test
	void workspaceSymbolsFindDeclarationsInEveryFile() throws Exception {
		writeFile("world.entente", WORLD);
		openFile("treaties.entente", TREATIES);
		List<? extends WorkspaceSymbol> found = languageServer.symbol(new WorkspaceSymbolParams("Dual")).get().getRight();
		assertThat(found).extracting(WorkspaceSymbol::getName).contains("Dual");
		assertThat(found.get(0).getKind()).isEqualTo(SymbolKind.Interface);
		List<? extends WorkspaceSymbol> germany = languageServer.symbol(new WorkspaceSymbolParams("Germ")).get().getRight();
		assertThat(germany).extracting(WorkspaceSymbol::getName).containsExactly("Germany");
		assertThat(germany.get(0).getLocation().getLeft().getUri()).endsWith("world.entente");
	}

	@Test
	void goToDefinitionJumpsToTheDeclarationInAnotherFile() throws Exception {
		String worldUri = writeFile("world.entente", WORLD);
		String uri = openFile("treaties.entente", TREATIES);
		List<? extends Location> targets = languageServer
				.definition(new DefinitionParams(doc(uri), positionOf(TREATIES, "Russia", 2))).get().getLeft();
		assertThat(targets).hasSize(1);
		assertThat(targets.get(0).getUri()).isEqualTo(worldUri);
		assertThat(targets.get(0).getRange().getStart()).isEqualTo(positionOf(WORLD, "Russia", 0));
	}

	@Test
	void findReferencesListsEveryUseAcrossFiles() throws Exception {
		String worldUri = writeFile("world.entente", WORLD);
		String uri = openFile("treaties.entente", TREATIES);
		open(worldUri, WORLD);
		ReferenceParams params = new ReferenceParams(doc(worldUri), positionOf(WORLD, "Germany", 1),
				new ReferenceContext(false));
		List<? extends Location> references = languageServer.references(params).get();
		assertThat(references).hasSize(4);
		assertThat(references.stream().filter(l -> l.getUri().equals(uri)).count()).isEqualTo(2);
	}

	@Test
	void renameAStateRenamesItEverywhereAcrossFiles() throws Exception {
		String worldUri = writeFile("world.entente", WORLD);
		String uri = openFile("treaties.entente", TREATIES);
		open(worldUri, WORLD);
		WorkspaceEdit edit = languageServer
				.rename(new RenameParams(doc(uri), positionOf(TREATIES, "Germany", 1), "Prussia")).get();
		Map<String, List<TextEdit>> changes = changesOf(edit);
		assertThat(apply(TREATIES, changes.get(uri))).isEqualTo("""
				alliance Dual { members Prussia, Russia defense against France }
				rivalry France, Prussia
				""");
		assertThat(apply(WORLD, changes.get(worldUri))).isEqualTo("""
				state Prussia "German Empire" { military 2.2 }
				state France { borders Prussia }
				state Russia { borders Prussia }
				""");
	}

	/** Xtext answers with documentChanges or changes depending on client capabilities: read both. */
	private static Map<String, List<TextEdit>> changesOf(WorkspaceEdit edit) {
		if (edit.getChanges() != null && !edit.getChanges().isEmpty()) {
			return edit.getChanges();
		}
		Map<String, List<TextEdit>> result = new java.util.HashMap<>();
		edit.getDocumentChanges().forEach(change -> result.put(change.getLeft().getTextDocument().getUri(),
				change.getLeft().getEdits().stream().map(e -> e.getLeft()).toList()));
		return result;
	}

	@Test
	void documentHighlightMarksTheDeclarationAndItsUsesInTheFile() throws Exception {
		String uri = openFile("highlight.entente", WORLD);
		List<? extends DocumentHighlight> highlights = languageServer
				.documentHighlight(new DocumentHighlightParams(doc(uri), positionOf(WORLD, "Germany", 2))).get();
		assertThat(highlights).hasSize(3);
	}
}
