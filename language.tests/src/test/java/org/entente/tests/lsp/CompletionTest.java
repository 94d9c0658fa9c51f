package org.entente.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.InsertTextFormat;
import org.junit.jupiter.api.Test;

class CompletionTest extends AbstractEntenteLanguageServerTest {

	private static final String WITH_NEW_ALLIANCE = ScenarioTexts.EUROPE + """
			alliance Dual {
			    members\s
			}
			""";

	@Test
	void afterMembersOnlyStatesAreOfferedWithFullNameAndCapabilities() throws Exception {
		String uri = openFile("members.entente", WITH_NEW_ALLIANCE);
		List<CompletionItem> items = complete(uri, afterLast(WITH_NEW_ALLIANCE, "members "));
		assertThat(labels(items)).contains("Germany", "Russia", "France")
				.doesNotContain("FrancoRussian", "Autocracy", "Europe", "July1914");
		CompletionItem germany = items.stream().filter(i -> i.getLabel().equals("Germany")).findFirst().orElseThrow();
		assertThat(germany.getDetail()).contains("German Empire").contains("military 2.2").contains("economy 3.5")
				.contains("population 65");
		assertThat(germany.getKind()).isEqualTo(CompletionItemKind.Class);
	}

	@Test
	void onceTheFirstTurnIsSimulatedTheDetailAlsoShowsThePowerShare() throws Exception {
		String uri = openFile("power.entente", WITH_NEW_ALLIANCE);
		// inlay hints (asked for by editors after every change) run the first turn; completion reuses it
		languageServer.inlayHint(new org.eclipse.lsp4j.InlayHintParams(doc(uri), new org.eclipse.lsp4j.Range(
				positionAt(WITH_NEW_ALLIANCE, 0), positionAt(WITH_NEW_ALLIANCE, WITH_NEW_ALLIANCE.length())))).get();
		List<CompletionItem> items = complete(uri, afterLast(WITH_NEW_ALLIANCE, "members "));
		CompletionItem russia = items.stream().filter(i -> i.getLabel().equals("Russia")).findFirst().orElseThrow();
		assertThat(russia.getDetail()).endsWith("— power 41.76%, great power");
	}

	@Test
	void aTypedPrefixIsReplacedByTheProposal() throws Exception {
		String text = ScenarioTexts.EUROPE + "alliance Dual { members Ger }\n";
		String uri = openFile("prefix.entente", text);
		List<CompletionItem> items = complete(uri, afterLast(text, "members Ger"));
		CompletionItem germany = items.stream().filter(i -> i.getLabel().equals("Germany")).findFirst().orElseThrow();
		assertThat(labels(items)).doesNotContain("France");
		assertThat(germany.getTextEdit().getLeft().getRange().getStart()).isEqualTo(positionOf(text, "Ger }", 0));
		assertThat(germany.getTextEdit().getLeft().getRange().getEnd()).isEqualTo(afterLast(text, "members Ger"));
		assertThat(apply(text, List.of(germany.getTextEdit().getLeft()))).endsWith("alliance Dual { members Germany }\n");
	}

	@Test
	void afterBordersAndAgainstStatesAreOffered() throws Exception {
		String text = ScenarioTexts.EUROPE + """
				state Belgium { borders  }
				pact Locarno { members France, Germany defense against  }
				""";
		String uri = openFile("borders.entente", text);
		assertThat(labels(complete(uri, afterLast(text, "borders "))))
				.contains("Germany", "France").doesNotContain("FrancoRussian", "Europe");
		assertThat(labels(complete(uri, afterLast(text, "against "))))
				.contains("Germany", "Russia").doesNotContain("FrancoRussian", "Autocracy");
	}

	@Test
	void afterAlongsideStatesAreOffered() throws Exception {
		String text = ScenarioTexts.EUROPE + "in 1914: Germany attacks France alongside \n";
		String uri = openFile("alongside.entente", text);
		assertThat(labels(complete(uri, afterLast(text, "alongside "))))
				.contains("Russia", "Germany", "France").doesNotContain("FrancoRussian", "Europe", "Autocracy");
		String before = ScenarioTexts.EUROPE + "in 1914: Germany attacks France \n";
		assertThat(labels(complete(openFile("alongside2.entente", before), afterLast(before, "France "))))
				.as("the keyword is offered after the targets").contains("alongside");
	}

	@Test
	void afterJoinsAndTreatyOnlyTreatiesAreOffered() throws Exception {
		String text = ScenarioTexts.EUROPE + """
				in 1915: Germany joins\s
				""";
		String uri = openFile("joins.entente", text);
		List<CompletionItem> items = complete(uri, afterLast(text, "joins "));
		assertThat(labels(items)).contains("FrancoRussian").doesNotContain("Germany", "Russia", "Europe");
		CompletionItem treaty = items.stream().filter(i -> i.getLabel().equals("FrancoRussian")).findFirst().orElseThrow();
		assertThat(treaty.getDetail()).contains("Franco-Russian Alliance").contains("France, Russia");

		String expectation = ScenarioTexts.EUROPE + "expect: treaty \n";
		String uri2 = openFile("treaty.entente", expectation);
		assertThat(labels(complete(uri2, afterLast(expectation, "treaty "))))
				.contains("FrancoRussian").doesNotContain("Germany");
	}

	@Test
	void ideologiesAndRegionsAreOfferedWhereTheyBelong() throws Exception {
		String text = ScenarioTexts.EUROPE + """
				state Italy { ideology  }
				state Spain { region  }
				""";
		String uri = openFile("kinds.entente", text);
		assertThat(labels(complete(uri, afterLast(text, "ideology "))))
				.contains("Autocracy", "Democracy").doesNotContain("Germany", "Europe");
		assertThat(labels(complete(uri, afterLast(text, "region "))))
				.contains("Europe").doesNotContain("Germany", "Autocracy");
	}

	@Test
	void keywordsFollowTheContext() throws Exception {
		String text = ScenarioTexts.EUROPE + """
				state Italy {  }
				""";
		String uri = openFile("keywords.entente", text);
		List<String> inState = labels(complete(uri, afterLast(text, "state Italy { ")));
		assertThat(inState).contains("military", "economy", "population", "borders", "intent", "ideology")
				.doesNotContain("alliance", "members", "scenario");

		List<String> atTop = labels(complete(uri, positionAt(text, text.length())));
		assertThat(atTop).contains("state", "alliance", "guarantee", "expect", "in").doesNotContain("military");
	}

	@Test
	void templatesForANewStateAndANewAllianceAreSnippets() throws Exception {
		String text = ScenarioTexts.EUROPE + "\n";
		String uri = openFile("templates.entente", text);
		List<CompletionItem> items = complete(uri, positionAt(text, text.length()));
		CompletionItem state = items.stream().filter(i -> i.getLabel().startsWith("state …")).findFirst().orElseThrow();
		CompletionItem alliance = items.stream().filter(i -> i.getLabel().startsWith("alliance …")).findFirst().orElseThrow();
		assertThat(state.getInsertTextFormat()).isEqualTo(InsertTextFormat.Snippet);
		assertThat(state.getTextEdit().getLeft().getNewText()).startsWith("state ${1:Name}").contains("military");
		assertThat(alliance.getTextEdit().getLeft().getNewText()).contains("members ${3:StateA}, ${4:StateB}");
		assertThat(alliance.getKind()).isEqualTo(CompletionItemKind.Snippet);
	}
}
