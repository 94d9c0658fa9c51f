package org.entente.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.validation.EntenteIssueCodes.*;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.entente.engine.model.Event;
import org.entente.interpreter.ScenarioTranslator;
import org.entente.tests.EntenteInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** {@code X attacks T alongside A}: parsing, the three rules on the ally, translation (docs/validation.md). */
@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class AlongsideValidationTest extends ValidationTestBase {

	@Inject
	private ScenarioTranslator translator;

	private static final String STATES = """
			scenario S from 1914 to 1916
			state AUH { } state YUG { } state GMY { } state BEL { } state FRN { }
			""";

	@Test
	void theAllyCannotBeTheAttacker() {
		validate(STATES + "in 1914: AUH attacks YUG\nin 1914: GMY attacks BEL alongside GMY\n");
		Issue issue = error(ALLY_IS_ATTACKER, "GMY", 4);
		assertThat(issue.getColumn()).isEqualTo(36);
		assertThat(issue.getMessage()).isEqualTo("GMY cannot attack alongside itself.");
		assertThat(data(issue)).contains("name=GMY");
	}

	@Test
	void theAllyCannotBeATarget() {
		validate(STATES + "in 1914: AUH attacks YUG\nin 1914: GMY attacks BEL, AUH alongside AUH\n");
		Issue issue = error(ALLY_IS_TARGET, "AUH", 4);
		assertThat(issue.getColumn()).isEqualTo(41);
		assertThat(issue.getMessage()).isEqualTo("GMY cannot attack AUH alongside AUH.");
		assertThat(data(issue)).contains("attacker=GMY", "ally=AUH");
		none(ALLY_NOT_AT_WAR);
	}

	@Test
	void anAllyThatNoEarlierEventPutsAtWarIsAWarning() {
		validate(STATES + "in 1914: GMY attacks BEL alongside AUH\nin 1914: AUH attacks YUG\nin 1915: FRN attacks GMY alongside YUG\n");
		Issue issue = warning(ALLY_NOT_AT_WAR, "AUH", 3);
		assertThat(issue.getColumn()).isEqualTo(36);
		assertThat(issue.getMessage()).isEqualTo("Unless AUH has joined a war by 1914, this attack opens a new war: no earlier event puts AUH at war.");
		assertThat(data(issue)).contains("ally=AUH", "year=1914");
		assertThat(withCode(ALLY_NOT_AT_WAR)).as("YUG, attacked in 1914, is at war by 1915").hasSize(1);
	}

	@Test
	void nearMissAnEarlierYearCountsWhereverItStandsInTheFile() {
		validate(STATES + "in 1915: GMY attacks BEL alongside AUH\nin 1914: AUH attacks YUG\nin 1915: FRN attacks AUH alongside BEL\n");
		clean();
	}

	@Test
	void nearMissACleanFileTranslatesTheAlly() throws Exception {
		validate(STATES + "in 1914: AUH attacks YUG\nin 1914: GMY attacks BEL, FRN alongside AUH\n");
		clean();
		List<Event> events = translator.translate(parser.parse(text)).events();
		assertThat(events).containsExactly(Event.attack(1914, "AUH", "YUG"), Event.attackAlongside(1914, "GMY", "AUH", "BEL", "FRN"));
	}
}
