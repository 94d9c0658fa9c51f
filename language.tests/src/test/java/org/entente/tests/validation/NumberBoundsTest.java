package org.entente.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.validation.EntenteIssueCodes.*;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.entente.tests.EntenteInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Numbers beyond what the model computes are errors naming the bound (docs/validation.md). */
@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class NumberBoundsTest extends ValidationTestBase {

	@Test
	void aCapabilityOverTenToTheFifteenIsAnError() {
		validate("state A { military 2000000000000000 }\n");
		Issue issue = error(NUMBER_TOO_LARGE, "2000000000000000", 1);
		assertThat(issue.getMessage()).isEqualTo("military must be at most 10^15, not 2000000000000000 for the state A: "
				+ "larger numbers are beyond what the model computes (docs/validation.md).");
	}

	@Test
	void theBoundItselfIsAllowed() {
		validate("state A { military 1000000000000000 economy 1000000000000000 population 1000000000000000 }\n");
		clean();
	}

	@Test
	void aLiteralBeyondTheDoubleRangeIsAnErrorNotACrash() {
		String digits = "9".repeat(320);
		validate("state A { economy " + digits + " offensive " + digits + " }\nactor G kind ngo { strength -" + digits + " }\n");
		assertThat(withCode(NUMBER_TOO_LARGE)).extracting(Issue::getMessage).containsExactly(
				"economy must be at most 10^15, not a number too large to compute for the state A: larger numbers are "
						+ "beyond what the model computes (docs/validation.md).",
				"strength must be at least -10^15, not a negative number too large to compute for the actor G: larger "
						+ "numbers are beyond what the model computes (docs/validation.md).");
		assertThat(one(FRACTION_OUT_OF_RANGE).getMessage())
				.isEqualTo("offensive must be between 0 and 1, not a number too large to compute (state A).");
		none(NEGATIVE_CAPABILITY);
	}

	@Test
	void weightsPropensitiesAndArmsAreBounded() {
		validate("""
				scenario S from 1900 to 1901
				settings { weights power 20000 }
				state A { } state B { }
				propensity A, B 2000000
				in 1900: A arms 20000%
				""");
		assertThat(one(SETTING_OUT_OF_RANGE).getMessage()).isEqualTo("weights power must be between 0 and 10000, not 20000.");
		assertThat(withCode(NUMBER_TOO_LARGE)).extracting(Issue::getMessage).containsExactly(
				"propensity must be at most 10^6, not 2000000: larger numbers are beyond what the model computes (docs/validation.md).",
				"arms must be at most 10000%, not 20000%: larger numbers are beyond what the model computes (docs/validation.md).");
	}

	@Test
	void yearsHaveAtMostFourDigits() {
		validate("""
				scenario S from 1900 to 1901
				alliance X { members A, B signed 10000 expires 12000 }
				state A { } state B { }
				in 20000: A attacks B
				""");
		assertThat(withCode(YEAR_OUT_OF_RANGE)).extracting(Issue::getMessage).containsExactly(
				"The year 10000 (signed) is out of range: years must be at most 9999.",
				"The year 12000 (expires) is out of range: years must be at most 9999.",
				"The year 20000 (year) is out of range: years must be at most 9999.");
		none(YEAR_OUTSIDE_SCENARIO);
	}

	@Test
	void aScenarioOfMoreThanAThousandTurnsIsAnError() {
		validate("scenario S from 1000 to 2000\n");
		assertThat(error(SCENARIO_TOO_LONG, "2000", 1).getMessage()).isEqualTo("The scenario has 1001 turns (1000 to 2000, "
				+ "every 1 year); at most 1000 turns can be simulated: shorten it or give a larger 'step'.");
		validate("scenario S from 1000 to 2000 step 2\n");
		none(SCENARIO_TOO_LONG);
		validate("scenario S from 1001 to 2000\n");
		none(SCENARIO_TOO_LONG);
	}
}
