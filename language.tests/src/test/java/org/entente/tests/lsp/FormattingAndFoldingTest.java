package org.entente.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

class FormattingAndFoldingTest extends AbstractEntenteLanguageServerTest {

	private static final String MESSY = """
			state   Germany{military 2.2  economy 3.5 population 65 borders France}
			state France   {   borders Germany }
			""";

	@Test
	void formattingLaysTheFileOut() throws Exception {
		String uri = openFile("messy.entente", MESSY);
		List<? extends TextEdit> edits = languageServer
				.formatting(new DocumentFormattingParams(doc(uri), new FormattingOptions(4, true))).get();
		String formatted = apply(MESSY, edits);
		assertThat(formatted).isNotEqualTo(MESSY).contains("state Germany {").contains("military 2.2 economy 3.5 population 65")
				.contains("state France {");
		// formatting is idempotent
		String again = apply(formatted, languageServer
				.formatting(new DocumentFormattingParams(doc(openFile("formatted.entente", formatted)), new FormattingOptions(4, true)))
				.get());
		assertThat(again).isEqualTo(formatted);
	}

	@Test
	void formattingLeavesBlockCommentsAsWritten() throws Exception {
		String text = "/* one\n   two */\nstate   Spain {\n    /*\n       economy first\n    */\n    military 1\n}\n";
		String uri = openFile("comment.entente", text);
		String formatted = apply(text, languageServer
				.formatting(new DocumentFormattingParams(doc(uri), new FormattingOptions(4, true))).get());
		assertThat(formatted).isEqualTo(text.replace("state   Spain", "state Spain"));
	}

	@Test
	void rangeFormattingTouchesOnlyTheRange() throws Exception {
		String uri = openFile("range.entente", MESSY);
		Range secondLine = new Range(positionOf(MESSY, "state France", 0), afterLast(MESSY, "}"));
		List<? extends TextEdit> edits = languageServer.rangeFormatting(
				new DocumentRangeFormattingParams(doc(uri), new FormattingOptions(4, true), secondLine)).get();
		String formatted = apply(MESSY, edits);
		assertThat(formatted).startsWith("state   Germany{military 2.2  economy 3.5 population 65 borders France}\n");
		assertThat(formatted).doesNotContain("France   {");
	}

	@Test
	void multiLineDeclarationsFold() throws Exception {
		String uri = openFile("fold.entente", ScenarioTexts.EUROPE);
		List<FoldingRange> ranges = languageServer.foldingRange(new FoldingRangeRequestParams(doc(uri))).get();
		int germanyLine = positionOf(ScenarioTexts.EUROPE, "state Germany", 0).getLine();
		int allianceLine = positionOf(ScenarioTexts.EUROPE, "alliance FrancoRussian", 0).getLine();
		assertThat(ranges).anyMatch(r -> r.getStartLine() == germanyLine && r.getEndLine() > germanyLine + 4);
		assertThat(ranges).anyMatch(r -> r.getStartLine() == allianceLine);
	}
}
