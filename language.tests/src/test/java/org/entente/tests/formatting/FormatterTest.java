package org.entente.tests.formatting;

import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.entente.tests.EntenteInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class FormatterTest {

	@Inject
	private FormatterTestHelper formatter;

	private void assertFormatted(String input, String expected) {
		formatter.assertFormatted(r -> {
			// four spaces, as the examples use and VS Code's default sends them
			r.preferences(p -> p.put(FormatterPreferenceKeys.indentation, "    "));
			r.setUseSerializer(false);
			r.setToBeFormatted(input);
			r.setExpectation(expected);
		});
	}

	@Test
	void blockCommentTextIsLeftAsWritten() {
		assertFormatted("""
				/* one
				   two */
				state   France { }
				state Spain {
				    /*
				       economy first
				    */
				    military 1
				}
				""",
				"""
				/* one
				   two */
				state France {
				}
				state Spain {
				    /*
				       economy first
				    */
				    military 1
				}
				""");
	}

	@Test
	void aDeclaredGreatPowerGoesOnItsOwnLine() {
		assertFormatted("""
				state France { military 1 economy 2   great    power population 3 borders Spain }
				""",
				"""
				state France {
				    military 1 economy 2
				    great power
				    population 3
				    borders Spain
				}
				""");
	}

	@Test
	void anEntryYearGoesOnItsOwnLine() {
		assertFormatted("""
				state Albania { since   1914 military 1 economy 2 borders Greece }
				""",
				"""
				state Albania {
				    since 1914
				    military 1 economy 2
				    borders Greece
				}
				""");
	}

	@Test
	void headerPutsThePeriodOnAnIndentedLine() {
		assertFormatted("scenario   July1914 \"The July Crisis\" from 1914   to 1918 step 1\n",
				"""
				scenario July1914 "The July Crisis"
				    from 1914 to 1918 step 1
				""");
	}

	@Test
	void stateKeepsCapabilitiesOnOneLineAndOtherPropertiesOnTheirOwn() {
		assertFormatted("""
				state Germany "German Empire" { military 2.2 economy 3.5   population 65 offensive 0.7 intent revisionist borders France,Russia }
				state France{}
				""",
				"""
				state Germany "German Empire" {
				    military 2.2 economy 3.5 population 65
				    offensive 0.7
				    intent revisionist
				    borders France, Russia
				}
				state France {
				}
				""");
	}

	@Test
	void declarationsGetOneLineEachAndKeepAtMostOneBlankLine() {
		assertFormatted("ideology Autocracy ideology Democracy opposes Autocracy\n\n\n\nregion Europe\n",
				"""
				ideology Autocracy
				ideology Democracy opposes Autocracy

				region Europe
				""");
	}

	@Test
	void treatiesPutTheCalendarAndEachClauseOnItsOwnLine() {
		assertFormatted("""
				alliance DualAlliance "Dual Alliance" { members Germany , AustriaHungary signed 1879 defense against Russia unless provoked forces 60 % consultation }
				guarantee G { by Russia to Serbia defense }
				""",
				"""
				alliance DualAlliance "Dual Alliance" {
				    members Germany, AustriaHungary
				    signed 1879
				    defense against Russia unless provoked forces 60 %
				    consultation
				}
				guarantee G {
				    by Russia to Serbia
				    defense
				}
				""");
	}

	@Test
	void alongsideTakesOneSpaceOnEachSide() {
		assertFormatted("""
				in 1914:GMY attacks BEL,FRN   alongside    AUH
				in 1914: RUS attacks GMY
				    alongside FRN
				""",
				"""
				in 1914: GMY attacks BEL, FRN alongside AUH
				in 1914: RUS attacks GMY alongside FRN
				""");
	}

	@Test
	void eventsExpectationsAndRelationsStayOnOneLine() {
		assertFormatted("""
				in 1914 :  AustriaHungary attacks Serbia,Belgium
				expect in 1914 : not Germany at war with Russia
				threat France->Germany high
				dispute A ,B "Bosnia"
				""",
				"""
				in 1914: AustriaHungary attacks Serbia, Belgium
				expect in 1914: not Germany at war with Russia
				threat France -> Germany high
				dispute A, B "Bosnia"
				""");
	}

	@Test
	void commentsArePreserved() {
		assertFormatted("""
				// the powers
				state A { military 1 } // strong
				/* weak */ state B { }
				""",
				"""
				// the powers
				state A {
				    military 1
				} // strong
				/* weak */
				state B {
				}
				""");
	}

	@Test
	void settingsBlock() {
		assertFormatted("settings { weights power 0.3 proximity 0.3 threatFloor 0.4 greatPower 10% }\n",
				"""
				settings {
				    weights power 0.3 proximity 0.3
				    threatFloor 0.4
				    greatPower 10%
				}
				""");
	}

	@Test
	void decisionWeightsOnOneLineOfTheirOwn() {
		assertFormatted("settings { threatFloor 0.4 decision   priors threatBalancing 5\n  buckPassing -1 }\n",
				"""
				settings {
				    threatFloor 0.4
				    decision priors threatBalancing 5 buckPassing -1
				}
				""");
	}
}
