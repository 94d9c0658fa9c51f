package org.entente.tests.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.entente.loading.EntenteDiagnostic;
import org.entente.loading.ScenarioLoader;
import org.entente.parser.Spelling;
import org.entente.tests.EntenteInjectorProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * Syntax errors name the token at fault and what was expected, with "did you mean" from the
 * grammar's keywords and the file's names (issue 18).
 */
class SyntaxMessagesTest {

	private static final String HEAD = """
			scenario S from 1900 to 1902
			state Alpha { military 1 borders Beta }
			state Beta { military 1 }
			""";

	private static Injector injector;

	@BeforeAll
	static void setUp() {
		injector = new EntenteInjectorProvider().getInjector();
	}

	private static List<String> diagnose(String text) {
		ScenarioLoader loader = injector.getInstance(ScenarioLoader.class);
		XtextResource resource = loader.loadText(Path.of("t.entente"), text);
		return loader.diagnose(resource, "t.entente").stream().map(EntenteDiagnostic::toHumanString).toList();
	}

	@Test
	void aMisspelledVerbIsBlamedAndTheKeywordSuggested() {
		assertThat(diagnose(HEAD + "in 1901: Alpha atacks Beta\n"))
				.containsExactly("t.entente:4:16: error: Unknown word 'atacks': did you mean 'attacks'? [syntax-error]");
	}

	@Test
	void aMisspelledConditionIsBlamedOnTheWordNotTheState() {
		assertThat(diagnose(HEAD + "expect: Alpha balance against Beta\n"))
				.containsExactly("t.entente:4:15: error: Unknown word 'balance': did you mean 'balances'? [syntax-error]");
	}

	@Test
	void aMisspelledPropertySuggestsTheProperty() {
		assertThat(diagnose("state Alpha { militray 1 }\n"))
				.containsExactly("t.entente:1:15: error: Unknown word 'militray': did you mean 'military'? [syntax-error]");
	}

	@Test
	void anUnknownWordAfterANameIsBlamed() {
		assertThat(diagnose(HEAD + "in 1901: Alpha smites Beta\n")).containsExactly(
				"t.entente:4:16: error: Found 'smites' after 'Alpha' where a keyword was expected (such as 'attacks' in an "
						+ "event or 'balances against' in an expectation). [syntax-error]");
	}

	@Test
	void aMissingClosingBraceNamesTheOpenBlock() {
		assertThat(diagnose("scenario S from 1900 to 1902\nstate Alpha { military 1 borders Beta\nstate Beta { military 1 }\n"))
				.containsExactly("t.entente:3:1: error: '}' is missing before 'state': the block of state Alpha opened on line 2 "
						+ "is not closed. [syntax-error]");
	}

	@Test
	void aMissingClosingBraceAtTheEndOfTheFileNamesTheOpenBlock() {
		assertThat(diagnose("scenario S from 1900 to 1902\nstate Alpha {\n  military 10\n"))
				.containsExactly("t.entente:3:12: error: '}' is missing at the end of the file: the block of state Alpha opened on "
						+ "line 2 is not closed. [syntax-error]");
		assertThat(diagnose("state Alpha \"The first\" { military 10 "))
				.containsExactly("t.entente:1:36: error: '}' is missing at the end of the file: the block of state Alpha opened "
						+ "on line 1 is not closed. [syntax-error]");
	}

	@Test
	void aMissingClosingBraceOfATreatyAtTheEndOfTheFileNamesTheTreaty() {
		assertThat(diagnose(HEAD + "alliance Pact {\n  members Alpha, Beta\n  defense\n")).containsExactly(
				"t.entente:6:3: error: '}' is missing at the end of the file: the block of alliance Pact opened on line 4 "
						+ "is not closed. [syntax-error]");
	}

	@Test
	void theEndOfTheFileWithNoOpenBlockKeepsTheGeneralMessage() {
		assertThat(diagnose("state Alpha")).singleElement().asString().contains("the end of the file").doesNotContain("'}'");
	}

	@Test
	void anUnresolvedNameSuggestsTheClosestDeclaredName() {
		assertThat(diagnose("state Alpha { borders Btea }\nstate Beta { }\n")).containsExactly(
				"t.entente:1:23: error: No state named 'Btea' is declared in this file or its folder. Did you mean 'Beta'? "
						+ "[unresolved-name]");
		assertThat(diagnose("state Alpha { borders Atlantis }\nstate Beta { }\n")).containsExactly(
				"t.entente:1:23: error: No state named 'Atlantis' is declared in this file or its folder. [unresolved-name]");
	}

	@Test
	void damerauLevenshteinCountsASwapAsOneEdit() {
		assertThat(Spelling.distance("militray", "military")).isEqualTo(1);
		assertThat(Spelling.distance("atacks", "attacks")).isEqualTo(1);
		assertThat(Spelling.distance("Btea", "Beta")).isEqualTo(1);
		assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
		assertThat(Spelling.closest("Btea", List.of("Alpha", "Beta"))).contains("Beta");
		assertThat(Spelling.closest("Xy", List.of("Alpha", "Beta"))).isEmpty();
	}
}
