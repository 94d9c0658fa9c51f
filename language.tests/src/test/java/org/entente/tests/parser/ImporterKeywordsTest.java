package org.entente.tests.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.entente.importer.EntenteIds;
import org.entente.services.EntenteGrammarAccess;
import org.entente.tests.EntenteInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The importer escapes state IDs that are keywords with its own list (it does not depend on the
 * grammar): that list must be the grammar's keywords, or an import could write a name that does not parse.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class ImporterKeywordsTest {

	@Inject
	private EntenteGrammarAccess grammar;

	@Test
	void theImportersKeywordsAreTheGrammarsWordKeywords() {
		Set<String> words = new TreeSet<>();
		for (String keyword : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
			// a hyphenated keyword (status-quo, armed-group) counts by its parts, as the importer lists them
			for (String part : keyword.split("-")) {
				if (part.matches("[A-Za-z_][A-Za-z0-9_]*")) {
					words.add(part);
				}
			}
		}
		assertThat(new TreeSet<>(EntenteIds.KEYWORDS)).isEqualTo(words);
	}

	@Test
	void aStateNamedLikeAKeywordIsEscaped() {
		assertThat(EntenteIds.of("bloc")).isEqualTo("^bloc");
		assertThat(EntenteIds.of("great")).isEqualTo("^great");
		assertThat(EntenteIds.of("GMY")).isEqualTo("GMY");
	}
}
