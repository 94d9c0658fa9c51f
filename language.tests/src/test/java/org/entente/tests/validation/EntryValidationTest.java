package org.entente.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.validation.EntenteIssueCodes.*;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.entente.tests.EntenteInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code since YEAR}: events and expectations naming a state before it enters the state system (docs/validation.md). */
@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class EntryValidationTest extends ValidationTestBase {

	private static final String STATES = """
			scenario Balkans from 1912 to 1916
			state ALB "Albania" { since 1914 military 1 borders GRC }
			state GRC "Greece" { military 2 }
			alliance Pact { members GRC, ALB defense }
			""";

	@Test
	void anEventBeforeTheEntryIsAnErrorOnTheStateItNames() {
		validate(STATES + "in 1913: GRC attacks ALB\n");
		Issue issue = error(EVENT_BEFORE_ENTRY, "ALB", 5);
		assertThat(issue.getMessage()).isEqualTo("Albania enters the state system in 1914; this event is in 1913.");
		assertThat(data(issue)).containsExactly("state=ALB", "since=1914", "year=1913", "from=1912", "to=1916", "sameFile=true");
	}

	@Test
	void everyKindOfEventIsChecked() {
		validate(STATES + """
				in 1912: ALB arms +10%
				in 1912: ALB collapses
				in 1913: GRC annexes ALB
				in 1913: peace GRC, ALB
				in 1913: ALB leaves Pact
				""");
		assertThat(withCode(EVENT_BEFORE_ENTRY)).extracting(Issue::getLineNumber).containsExactly(5, 6, 7, 8, 9);
	}

	@Test
	void nearMissAnEventInTheEntryYearOrAfterIsClean() {
		validate(STATES + "in 1914: GRC attacks ALB\nin 1915: peace GRC, ALB\n");
		none(EVENT_BEFORE_ENTRY);
		noErrors();
	}

	@Test
	void anEntryAfterTheLastYearIsAWarning() {
		validate("scenario S from 1912 to 1916\nstate ALB \"Albania\" { since 1920 }\n");
		Issue issue = warning(ENTRY_AFTER_SCENARIO, "1920", 2);
		assertThat(issue.getMessage()).isEqualTo("Albania enters the state system in 1920, after the scenario's last year 1916: it never takes part.");
		assertThat(data(issue)).containsExactly("state=ALB", "since=1920", "to=1916");
	}

	@Test
	void nearMissAnEntryInTheLastYearOrBeforeTheFirstIsClean() {
		validate("scenario S from 1912 to 1916\nstate ALB { since 1916 }\nstate GRC { since 1800 }\n");
		clean();
	}

	@Test
	void anExpectationBeforeTheEntryIsAWarning() {
		validate(STATES + "expect in 1913: GRC at war with ALB\n");
		Issue issue = warning(EXPECTATION_BEFORE_ENTRY, "ALB", 5);
		assertThat(issue.getMessage()).isEqualTo("Albania enters the state system in 1914; this expectation is about 1913, when it is not in the system.");
		assertThat(data(issue)).containsExactly("state=ALB", "since=1914", "year=1913", "timing=in", "to=1916");
	}

	@Test
	void anExpectationWithoutAYearIsAboutTheLastYear() {
		validate("scenario S from 1912 to 1916\nstate ALB { since 1920 }\nexpect: ALB is secure\n");
		Issue issue = warning(EXPECTATION_BEFORE_ENTRY, "ALB", 3);
		assertThat(data(issue)).containsExactly("state=ALB", "since=1920", "year=1916", "timing=", "to=1916");
	}

	@Test
	void withoutAScenarioHeaderTheYearsOfTheScenarioAreEmpty() {
		validate("state ALB { since 1914 } state GRC { }\nin 1913: GRC attacks ALB\nexpect by 1913: GRC at war with ALB\n");
		assertThat(data(error(EVENT_BEFORE_ENTRY, "ALB", 2)))
				.containsExactly("state=ALB", "since=1914", "year=1913", "from=", "to=", "sameFile=true");
		assertThat(data(warning(EXPECTATION_BEFORE_ENTRY, "ALB", 3)))
				.containsExactly("state=ALB", "since=1914", "year=1913", "timing=by", "to=");
	}

	@Test
	void nearMissAnExpectationFromTheEntryYearOnIsClean() {
		validate(STATES + "expect in 1914: not GRC at war with ALB\nexpect by 1916: ALB is secure\n");
		none(EXPECTATION_BEFORE_ENTRY);
	}
}
