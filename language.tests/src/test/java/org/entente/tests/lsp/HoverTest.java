package org.entente.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

class HoverTest extends AbstractEntenteLanguageServerTest {

	private String hover(String uri, Position position) throws Exception {
		Hover hover = languageServer.hover(new HoverParams(doc(uri), position)).get();
		return hover.getContents().getRight().getValue();
	}

	@Test
	void hoverOnAStateReferenceShowsItsDeclaredProperties() throws Exception {
		String text = ScenarioTexts.EUROPE;
		String uri = openFile("hover.entente", text);
		// "Germany" inside "borders Germany" of Russia: a reference, not the declaration
		String contents = hover(uri, positionOf(text, "borders Germany", "borders ".length() + 2));
		assertThat(contents).contains("state Germany").contains("German Empire")
				.contains("military 2.2 · economy 3.5 · population 65")
				.contains("intent: revisionist").contains("ideology: Autocracy").contains("region: Europe")
				.contains("borders: France, Russia");
	}

	@Test
	void hoverOnAStateShowsWhatTheSimulatorComputesForTheFirstTurn() throws Exception {
		String text = ScenarioTexts.EUROPE;
		String uri = openFile("simulated.entente", text);
		String contents = hover(uri, positionOf(text, "state Russia", "state ".length() + 1));
		assertThat(contents).contains("**In 1914** (first turn, computed by the simulator)")
				.contains("- power share 41.76% (military 38.81%, economy 26.09%, population 60.38%) — a great power")
				.contains("- primary threat: Germany, threat 1.00")
				.contains("- posture: fighting")
				.contains("- war #1: Russia enters against Germany: FrancoRussian defense of France +4.14");
	}

	@Test
	void hoverOnAStateOfAFileWithoutHeaderShowsOnlyDeclaredProperties() throws Exception {
		String text = "state Alone { military 1 }\n";
		String uri = openFile("library.entente", text);
		assertThat(hover(uri, positionOf(text, "Alone", 1))).contains("state Alone").doesNotContain("power share");
	}

	@Test
	void hoverOnAStateThatEntersLaterShowsItsEntryYearAndNoFirstTurn() throws Exception {
		String text = "scenario S from 1912 to 1915\nstate Late { since 1914 military 1 }\nstate Early { military 1 }\n";
		String uri = openFile("entry.entente", text);
		assertThat(hover(uri, positionOf(text, "Late", 1))).contains("state Late").contains("- in the state system from 1914")
				.doesNotContain("power share");
		assertThat(hover(uri, positionOf(text, "Early", 1))).contains("power share");
	}

	@Test
	void hoverOnATreatyShowsKindMembersClausesAndDates() throws Exception {
		String text = ScenarioTexts.EUROPE;
		String uri = openFile("treaty.entente", text);
		String contents = hover(uri, positionOf(text, "FrancoRussian", 3));
		assertThat(contents).contains("alliance FrancoRussian").contains("Franco-Russian Alliance")
				.contains("members: France, Russia").contains("defense against Germany forces 60%")
				.contains("signed: 1894").doesNotContain("expires");
	}

	@Test
	void hoverOnAGuaranteeNamesGuarantorsAndRecipients() throws Exception {
		String text = ScenarioTexts.EUROPE + """
				guarantee London { by Russia to France signed 1839 expires 1920 defense }
				""";
		String uri = openFile("guarantee.entente", text);
		String contents = hover(uri, positionOf(text, "London", 2));
		assertThat(contents).contains("guarantee London").contains("guarantors: Russia")
				.contains("recipients: France").contains("expires: 1920").contains("clauses: defense");
	}
}
