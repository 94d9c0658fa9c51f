package org.entente.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.validation.EntenteIssueCodes.*;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.entente.tests.EntenteInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class RangeValidationTest extends ValidationTestBase {

	@Test
	void negativeCapabilityIsOnTheNumber() {
		validate("state A { military 2 economy -1.5 population 3 }\n");
		Issue issue = error(NEGATIVE_CAPABILITY, "-1.5", 1);
		assertThat(issue.getMessage()).isEqualTo("economy cannot be negative (-1.5) for the state A.");
		assertThat(data(issue)).contains("property=economy", "value=-1.5");
	}

	@Test
	void negativeSizeAndStrength() {
		validate("""
				state A { size -1 }
				actor G kind armed-group { targets A strength -0.5 }
				""");
		assertThat(withCode(NEGATIVE_CAPABILITY)).extracting(Issue::getLineNumber).containsExactly(1, 2);
	}

	@Test
	void nearMissZeroCapabilities() {
		validate("state A { military 0 economy 0 population 0 size 0 }\n");
		clean();
	}

	@Test
	void fractionsOutsideZeroToOne() {
		validate("""
				state A { offensive 1.2 }
				state B { intent 1.5 }
				state C { stability -0.1 }
				state D { }
				threat A -> D 2
				""");
		assertThat(withCode(FRACTION_OUT_OF_RANGE)).extracting(Issue::getLineNumber).containsExactly(1, 2, 3, 5);
		Issue offensive = withCode(FRACTION_OUT_OF_RANGE).get(0);
		assertThat(underlined(offensive)).isEqualTo("1.2");
		assertThat(offensive.getMessage()).isEqualTo("offensive must be between 0 and 1, not 1.2 (state A).");
		assertThat(data(offensive)).contains("property=offensive", "value=1.2");
	}

	@Test
	void doctrineAndReliabilityAreFractions() {
		validate("""
				state A { doctrine 1.5 }
				state B { doctrine offensive }
				alliance T { members A, B reliability 2 }
				alliance U { members A, B reliability 0.5 }
				""");
		assertThat(withCode(FRACTION_OUT_OF_RANGE)).extracting(Issue::getLineNumber).containsExactly(1, 3);
		assertThat(withCode(FRACTION_OUT_OF_RANGE).get(0).getMessage()).isEqualTo("doctrine must be between 0 and 1, not 1.5 (state A).");
		assertThat(withCode(FRACTION_OUT_OF_RANGE).get(1).getMessage()).isEqualTo("reliability must be between 0 and 1, not 2.");
	}

	@Test
	void nearMissFractionsAtTheBounds() {
		validate("state A { offensive 1 intent 0 stability 1 }\nstate B { }\nthreat A -> B 0.5\n");
		clean();
	}

	@Test
	void forcesOver100Percent() {
		validate("""
				state A { } state B { } state C { }
				alliance T { members A, B defense against C forces 120% }
				""");
		Issue issue = error(FORCES_OUT_OF_RANGE, "120%", 2);
		assertThat(data(issue)).contains("value=120");
	}

	@Test
	void negativeForces() {
		validate("""
				state A { } state B { } state C { }
				alliance T { members A, B offense against C forces -5% }
				""");
		error(FORCES_OUT_OF_RANGE, "-5%", 2);
	}

	@Test
	void nearMissForcesOf100Percent() {
		validate("""
				state A { } state B { } state C { }
				alliance T { members A, B defense against C forces 100% }
				""");
		none(FORCES_OUT_OF_RANGE);
	}

	@Test
	void armingByMinus100PercentOrLess() {
		validate("state A { }\nin 1900: A arms -100%\n");
		error(ARMS_OUT_OF_RANGE, "-100%", 2);
		validate("state A { }\nin 1900: A arms -99%\n");
		none(ARMS_OUT_OF_RANGE);
	}

	@Test
	void expiresBeforeSignedOffersASwap() {
		validate("""
				state A { } state B { }
				alliance T { members A, B signed 1930 expires 1920 }
				""");
		Issue issue = error(EXPIRES_NOT_AFTER_SIGNED, "1920", 2);
		assertThat(issue.getMessage()).isEqualTo(
				"The treaty T expires in 1920, before it is signed (1930); 'expires' must come after 'signed'.");
		assertThat(data(issue)).contains("treaty=T", "signed=1930", "expires=1920");
	}

	@Test
	void expiresInTheYearSigned() {
		validate("""
				state A { } state B { }
				alliance T { members A, B signed 1930 expires 1930 }
				""");
		Issue issue = error(EXPIRES_NOT_AFTER_SIGNED, "1930", 2);
		assertThat(data(issue)).contains("treaty=T", "signed=1930", "expires=1930");
	}

	@Test
	void nearMissExpiresTheYearAfter() {
		validate("""
				state A { } state B { }
				alliance T { members A, B signed 1930 expires 1931 }
				""");
		clean();
	}

	@Test
	void fromAfterTo() {
		validate("scenario S from 1920 to 1910\n");
		Issue issue = error(FROM_AFTER_TO, "1910", 1);
		assertThat(data(issue)).contains("from=1920", "to=1910");
	}

	@Test
	void stepBelowOne() {
		validate("scenario S from 1900 to 1910 step 0\n");
		error(STEP_TOO_SMALL, "0", 1);
		validate("scenario S from 1900 to 1910 step 5\n");
		clean();
	}

	@Test
	void eventsAndExpectationsOutsideTheScenarioYears() {
		validate("""
				scenario S from 1914 to 1918
				state A { } state B { }
				in 1913: A attacks B
				in 1914: A arms +10%
				expect in 1919: A at war with B
				expect by 1918: A at war with B
				""");
		assertThat(withCode(YEAR_OUTSIDE_SCENARIO)).extracting(Issue::getLineNumber).containsExactly(3, 5);
		Issue first = withCode(YEAR_OUTSIDE_SCENARIO).get(0);
		assertThat(underlined(first)).isEqualTo("1913");
		assertThat(first.getMessage()).isEqualTo("This event is in 1913, outside the scenario's years 1914 to 1918.");
		assertThat(data(first)).contains("year=1913", "from=1914", "to=1918");
	}

	@Test
	void nearMissNoYearsInALibraryFile() {
		validate("""
				state A { } state B { }
				in 1066: A attacks B
				""");
		none(YEAR_OUTSIDE_SCENARIO);
	}

	@Test
	void settingsOutOfRange() {
		validate("""
				settings {
				    weights power -0.3 proximity 0.3
				    threatFloor 1.5
				    greatPower 120%
				    armsGrowth -5%
				    lapseAfter 0
				    poleShare 50%
				}
				""");
		assertThat(withCode(SETTING_OUT_OF_RANGE)).extracting(Issue::getLineNumber).containsExactly(2, 3, 4, 5, 6);
		assertThat(withCode(SETTING_OUT_OF_RANGE)).allSatisfy(i -> assertThat(i.getSeverity().name()).isEqualTo("ERROR"));
		Issue floor = withCode(SETTING_OUT_OF_RANGE).get(1);
		assertThat(underlined(floor)).isEqualTo("1.5");
		assertThat(data(floor)).contains("setting=threatFloor", "min=0", "max=1");
	}

	@Test
	void decisionWeightsBeyondFiftyAreErrors() {
		validate("settings { decision threatBalancing 60 exposure -50.5 }\n");
		assertThat(withCode(SETTING_OUT_OF_RANGE)).extracting(this::underlined).containsExactly("60", "-50.5");
		Issue threat = withCode(SETTING_OUT_OF_RANGE).get(0);
		assertThat(threat.getSeverity().name()).isEqualTo("ERROR");
		assertThat(threat.getMessage()).isEqualTo("decision threatBalancing must be between -50 and 50, not 60.");
		assertThat(data(threat)).contains("setting=decision threatBalancing", "min=-50", "max=50");
		// out of range is reported once: no sign warning on top of the error
		none(DECISION_WEIGHT_AGAINST_THEORY);
	}

	@Test
	void aDecisionWeightAgainstTheTheorysSignIsAWarning() {
		validate("""
				settings {
				    decision priors baseRate 0.5 threatBalancing -1 buckPassing -2 chainGanging 3
				}
				""");
		noErrors();
		assertThat(withCode(DECISION_WEIGHT_AGAINST_THEORY)).extracting(Issue::getSeverity).allSatisfy(
				severity -> assertThat(severity.name()).isEqualTo("WARNING"));
		assertThat(withCode(DECISION_WEIGHT_AGAINST_THEORY)).extracting(this::underlined).containsExactly("0.5", "-1", "-2");
		Issue threat = withCode(DECISION_WEIGHT_AGAINST_THEORY).get(1);
		assertThat(threat.getLineNumber()).isEqualTo(2);
		assertThat(threat.getMessage()).isEqualTo("decision threatBalancing -1 has the sign the theory does not give: states balance"
				+ " against the more threatening side (Walt 1987), so the weight is at least 0 (docs/semantics.md §6a). The run uses it"
				+ " as written.");
		assertThat(data(threat)).contains("setting=decision threatBalancing", "value=-1", "weight=βT");
	}

	@Test
	void nearMissDecisionWeightsWithTheTheorysSigns() {
		validate("settings { decision fitted baseRate -3 threatBalancing 0 bandwagoning 0 coBelligerence 50 exposure 2.67"
				+ " contagion 0.24 buckPassing 0 chainGanging 2 }\n");
		clean();
	}

	@Test
	void nearMissSensibleSettings() {
		validate("settings { weights power 0 proximity 1 threatFloor 0 greatPower 100% armsGrowth 0% lapseAfter 1 }\n");
		clean();
	}
}
