package org.entente.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.junit.jupiter.api.Test;

class SemanticTokensTest extends AbstractEntenteLanguageServerTest {

	record Decoded(String text, String type, boolean declaration) {
	}

	private SemanticTokensLegend legend;

	private List<Decoded> decode(String text, SemanticTokens tokens) {
		String[] lines = text.split("\n", -1);
		List<Decoded> result = new ArrayList<>();
		List<Integer> data = tokens.getData();
		int line = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			String token = lines[line].substring(character, character + data.get(i + 2));
			result.add(new Decoded(token, legend.getTokenTypes().get(data.get(i + 3)), (data.get(i + 4) & 1) != 0));
		}
		return result;
	}

	private String openWithLegend(String name, String text) {
		InitializeResult result = initializeOnce();
		legend = result.getCapabilities().getSemanticTokensProvider().getLegend();
		String uri = writeFile(name, text);
		open(uri, text);
		return uri;
	}

	@Test
	void statesTreatiesIdeologiesRegionsKeywordsAndNumbersAreToldApart() throws Exception {
		String text = ScenarioTexts.EUROPE;
		String uri = openWithLegend("tokens.entente", text);
		List<Decoded> tokens = decode(text, languageServer.semanticTokensFull(new SemanticTokensParams(doc(uri))).get());
		assertThat(tokens).contains(
				new Decoded("state", "keyword", false),
				new Decoded("Germany", "class", true),
				new Decoded("Germany", "class", false),
				new Decoded("FrancoRussian", "interface", true),
				new Decoded("Autocracy", "enum", true),
				new Decoded("Autocracy", "enum", false),
				new Decoded("Europe", "namespace", true),
				new Decoded("Europe", "namespace", false),
				new Decoded("2.2", "number", false),
				new Decoded("1914", "number", false),
				new Decoded("\"German Empire\"", "string", false));
		assertThat(tokens).noneMatch(t -> t.text().equals("{") || t.text().equals(","));
	}

	@Test
	void commentsAreCommentTokensOneLineAtATime() throws Exception {
		String text = "// a line comment\nstate A { } /* a block\n   over two lines */ state B { }\n";
		String uri = openWithLegend("comments.entente", text);
		List<Decoded> tokens = decode(text, languageServer.semanticTokensFull(new SemanticTokensParams(doc(uri))).get());
		assertThat(tokens).filteredOn(t -> t.type().equals("comment")).extracting(Decoded::text)
				.containsExactly("// a line comment", "/* a block", "   over two lines */");
		assertThat(tokens).contains(new Decoded("A", "class", true), new Decoded("B", "class", true));
	}

	@Test
	void unresolvedNamesStillGetTheirKind() throws Exception {
		String text = "in 1915: Prussia joins Triple\n";
		String uri = openWithLegend("unresolved.entente", text);
		List<Decoded> tokens = decode(text, languageServer.semanticTokensFull(new SemanticTokensParams(doc(uri))).get());
		assertThat(tokens).contains(new Decoded("Prussia", "class", false), new Decoded("Triple", "interface", false));
	}

	@Test
	void rangeRequestReturnsOnlyTokensInTheRange() throws Exception {
		String text = ScenarioTexts.EUROPE;
		String uri = openWithLegend("range.entente", text);
		Range allianceBlock = new Range(positionOf(text, "alliance FrancoRussian", 0), after(text, "forces 60%"));
		List<Decoded> tokens = decode(text,
				languageServer.semanticTokensRange(new SemanticTokensRangeParams(doc(uri), allianceBlock)).get());
		assertThat(tokens).first().isEqualTo(new Decoded("alliance", "keyword", false));
		assertThat(tokens).contains(new Decoded("Germany", "class", false)).doesNotContain(new Decoded("Germany", "class", true));
		assertThat(tokens).last().isEqualTo(new Decoded("60", "number", false));
	}
}
