package org.entente.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.entente.entente.Actor;
import org.entente.entente.ActorKind;
import org.entente.entente.Alliance;
import org.entente.entente.AllianceKind;
import org.entente.entente.Annexation;
import org.entente.entente.Arming;
import org.entente.entente.AtWarWith;
import org.entente.entente.Attack;
import org.entente.entente.DefenseClause;
import org.entente.entente.Dispute;
import org.entente.entente.Event;
import org.entente.entente.Expectation;
import org.entente.entente.Guarantee;
import org.entente.entente.Ideology;
import org.entente.entente.LandscapeSplit;
import org.entente.entente.Model;
import org.entente.entente.OffenseClause;
import org.entente.entente.PolarityIs;
import org.entente.entente.Propensity;
import org.entente.entente.Settings;
import org.entente.engine.decision.DecisionWeights;
import org.entente.entente.StateDecl;
import org.entente.entente.ThreatDecl;
import org.entente.entente.Timing;
import org.entente.entente.TreatyStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class EntenteParsingTest {

	@Inject
	private ParseHelper<Model> parser;

	private Model parseClean(String text) throws Exception {
		Model model = parser.parse(text);
		assertThat(model).isNotNull();
		assertThat(messages(model.eResource().getErrors())).as("syntax errors").isEmpty();
		return model;
	}

	private static List<String> messages(List<Resource.Diagnostic> diagnostics) {
		return diagnostics.stream().map(d -> d.getLine() + ":" + d.getColumn() + " " + d.getMessage())
				.collect(Collectors.toList());
	}

	@SuppressWarnings("unchecked")
	private static <T> T element(Model model, Class<T> type, int index) {
		return (T) model.getElements().stream().filter(type::isInstance).skip(index).findFirst().orElseThrow();
	}

	@Test
	void everyConstructOfTheGrammarTableParses() throws Exception {
		Model model = parseClean(EntenteTestFiles.resource("all-constructs.entente"));
		assertThat(model.getElements()).hasSize(55);
	}

	@Test
	void emptyFileIsAValidModel() throws Exception {
		Model model = parseClean("");
		assertThat(model.getHeader()).isNull();
		assertThat(model.getElements()).isEmpty();
	}

	@Test
	void commentsOnlyFileIsValid() throws Exception {
		assertThat(parseClean("// nothing yet\n/* still nothing */").getElements()).isEmpty();
	}

	@Test
	void scenarioHeaderWithEveryPart() throws Exception {
		Model model = parseClean("scenario S \"Title\" from 1914 to 1918 step 5 seed 7");
		assertThat(model.getHeader().getName()).isEqualTo("S");
		assertThat(model.getHeader().getTitle()).isEqualTo("Title");
		assertThat(model.getHeader().getFromYear()).isEqualTo(1914);
		assertThat(model.getHeader().getToYear()).isEqualTo(1918);
		assertThat(model.getHeader().getStep()).isEqualTo(5);
		assertThat(model.getHeader().getSeed()).isEqualTo(7);
	}

	@Test
	void scenarioHeaderWithNameOnly() throws Exception {
		Model model = parseClean("scenario S");
		assertThat(model.getHeader().getTitle()).isNull();
		assertThat(model.getHeader().getFromYear()).isNull();
		assertThat(model.getHeader().getToYear()).isNull();
		assertThat(model.getHeader().getStep()).isNull();
		assertThat(model.getHeader().getSeed()).isNull();
	}

	@Test
	void anOptionalNumberWrittenAsZeroIsZeroNotAbsent() throws Exception {
		Model model = parseClean("scenario S from 0 to 0 step 0 seed 0\nsettings { lapseAfter 0 }");
		assertThat(model.getHeader().getFromYear()).isZero();
		assertThat(model.getHeader().getStep()).isZero();
		assertThat(model.getHeader().getSeed()).isZero();
		assertThat(element(model, Settings.class, 0).getLapseAfter()).isZero();
	}

	@Test
	void settingsInAnyOrderAsNumbersAndPercents() throws Exception {
		Settings s = element(parseClean("settings { lapseAfter 3 greatPower 12.5% weights intent 0.1 power 0.4 threatFloor 0.35 }"),
				Settings.class, 0);
		assertThat(s.getLapseAfter()).isEqualTo(3);
		assertThat(s.getGreatPower()).isEqualTo(12.5);
		assertThat(s.getThreatFloor()).isEqualTo(0.35);
		assertThat(s.getWeights().getPower()).isEqualTo(0.4);
		assertThat(s.getWeights().getIntent()).isEqualTo(0.1);
		assertThat(s.getWeights().getProximity()).isNull();
		assertThat(s.getArmsGrowth()).isNull();
	}

	@Test
	void ideologyOpposesSeveral() throws Exception {
		Ideology i = element(parseClean("ideology A ideology B ideology C \"Cee\" opposes A, B"), Ideology.class, 2);
		assertThat(i.getTitle()).isEqualTo("Cee");
		assertThat(i.getOpposes()).extracting(Ideology::getName).containsExactly("A", "B");
	}

	@Test
	void stateWithEveryPropertyInAnyOrder() throws Exception {
		StateDecl s = element(parseClean("""
				ideology I region R state B { }
				state A "The A" { borders B size 2 stability 0.5 region R ideology I intent revisionist
				    offensive 0.7 population 65 economy 3.5 military 2.2 }
				"""), StateDecl.class, 1);
		assertThat(s.getTitle()).isEqualTo("The A");
		assertThat(s.getMilitary()).isEqualTo(2.2);
		assertThat(s.getEconomy()).isEqualTo(3.5);
		assertThat(s.getPopulation()).isEqualTo(65.0);
		assertThat(s.getOffensive()).isEqualTo(0.7);
		assertThat(s.getIntent().getWord()).isEqualTo("revisionist");
		assertThat(s.getIdeology().getName()).isEqualTo("I");
		assertThat(s.getRegion().getName()).isEqualTo("R");
		assertThat(s.getBorders()).extracting(StateDecl::getName).containsExactly("B");
		assertThat(s.getStability()).isEqualTo(0.5);
		assertThat(s.getSize()).isEqualTo(2.0);
	}

	@Test
	void unsetPropertiesStayUnset() throws Exception {
		StateDecl s = element(parseClean("state A { }"), StateDecl.class, 0);
		assertThat(s.getMilitary()).isNull();
		assertThat(s.getStability()).isNull();
		assertThat(s.getIntent()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "aggressive", "revisionist", "status-quo", "defensive" })
	void intentWords(String word) throws Exception {
		assertThat(element(parseClean("state A { intent " + word + " }"), StateDecl.class, 0).getIntent().getWord())
				.isEqualTo(word);
	}

	@Test
	void doctrineAsWordOrNumberAndTreatyReliability() throws Exception {
		Model m = parseClean("""
				state A { doctrine offensive offensive 0.7 }
				state B { doctrine defensive intent defensive }
				state C { doctrine 0.4 }
				alliance T { members A, B reliability 0.3 defense }
				guarantee G { by A to C reliability 0.9 }
				""");
		assertThat(element(m, StateDecl.class, 0).getDoctrine().getWord()).isEqualTo("offensive");
		assertThat(element(m, StateDecl.class, 0).getOffensive()).isEqualTo(0.7);
		assertThat(element(m, StateDecl.class, 1).getDoctrine().getWord()).isEqualTo("defensive");
		assertThat(element(m, StateDecl.class, 2).getDoctrine().getValue()).isEqualTo(0.4);
		assertThat(element(m, org.entente.entente.Treaty.class, 0).getReliability()).isEqualTo(0.3);
		assertThat(element(m, org.entente.entente.Treaty.class, 1).getReliability()).isEqualTo(0.9);
		var scenario = new org.entente.interpreter.ScenarioTranslator().translate(m);
		assertThat(scenario.states()).extracting(org.entente.engine.model.State::doctrine).containsExactly(1.0, 0.0, 0.4);
		assertThat(scenario.treaties()).extracting(org.entente.engine.model.Treaty::reliability).containsExactly(0.3, 0.9);
	}

	@Test
	void decisionWeightsReachTheEngineOverTheirWholeSet() throws Exception {
		DecisionWeights fitted = DecisionWeights.defaults(), priors = DecisionWeights.priors();
		// no entry: the fit; an entry: every weight it leaves out keeps the set it starts from (default: the fit)
		assertThat(decision("settings { threatFloor 0.4 }")).isEqualTo(fitted);
		assertThat(decision("settings { decision threatBalancing 5 chainGanging 0.5 }"))
				.isEqualTo(fitted.withThreat(5).withChainGanging(0.5));
		assertThat(decision("settings { decision priors }")).isEqualTo(priors);
		assertThat(decision("settings { decision fitted }")).isEqualTo(fitted);
		assertThat(decision("settings { decision priors buckPassing 0 baseRate -3 bandwagoning 1 coBelligerence 4.5 exposure 2.5"
				+ " contagion 0.2 }")).isEqualTo(new DecisionWeights(-3, 4, 1, 4.5, 2.5, 0, 2, 0.2));
		assertThat(decision("settings { greatPower 10% decision exposure 1 lapseAfter 3 }")).isEqualTo(fitted.withExposure(1));
	}

	private DecisionWeights decision(String text) throws Exception {
		return new org.entente.interpreter.ScenarioTranslator().translate(parseClean(text)).settings().decision();
	}

	@Test
	void greatPowerMarkerInAnyPositionReachesTheEngine() throws Exception {
		Model m = parseClean("""
				state A { military 1 great power economy 2 }
				state B { great power }
				state C { military 5 }
				""");
		assertThat(element(m, StateDecl.class, 0).isDeclaredGreat()).isTrue();
		assertThat(element(m, StateDecl.class, 1).isDeclaredGreat()).isTrue();
		assertThat(element(m, StateDecl.class, 2).isDeclaredGreat()).isFalse();
		var scenario = new org.entente.interpreter.ScenarioTranslator().translate(m);
		assertThat(scenario.states()).extracting(org.entente.engine.model.State::declaredGreat).containsExactly(true, true, false);
	}

	@Test
	void intentAsNumberAndNegativeCapabilityParse() throws Exception {
		StateDecl s = element(parseClean("state A { intent 0.45 military -1 }"), StateDecl.class, 0);
		assertThat(s.getIntent().getValue()).isEqualTo(0.45);
		assertThat(s.getIntent().getWord()).isNull();
		assertThat(s.getMilitary()).isEqualTo(-1.0); // a validation error, not a syntax error
	}

	@Test
	void organizationAndActors() throws Exception {
		Model m = parseClean("""
				state A { } state B { }
				organization O "Org" { members A, B }
				actor G "Group" kind armed-group { sponsor A targets B strength 0.01 }
				actor N kind ngo { }
				actor C kind corporation { targets A }
				""");
		Actor g = element(m, Actor.class, 0);
		assertThat(g.getKind()).isEqualTo(ActorKind.ARMED_GROUP);
		assertThat(g.getTarget().getName()).isEqualTo("B");
		assertThat(g.getSponsor().getName()).isEqualTo("A");
		assertThat(g.getStrength()).isEqualTo(0.01);
		assertThat(element(m, Actor.class, 1).getKind()).isEqualTo(ActorKind.NGO);
		assertThat(element(m, Actor.class, 2).getKind()).isEqualTo(ActorKind.CORPORATION);
	}

	@Test
	void relations() throws Exception {
		Model m = parseClean("""
				state A { } state B { }
				dispute A, B "Bosnia"
				rivalry A, B
				propensity A, B -1.5
				threat A -> B high
				threat B -> A 0.25
				""");
		assertThat(element(m, Dispute.class, 0).getTitle()).isEqualTo("Bosnia");
		assertThat(element(m, Propensity.class, 0).getValue()).isEqualTo(-1.5);
		assertThat(element(m, ThreatDecl.class, 0).getLevel().getWord()).isEqualTo("high");
		assertThat(element(m, ThreatDecl.class, 1).getLevel().getValue()).isEqualTo(0.25);
	}

	@Test
	void threatLevelsLowAndMedium() throws Exception {
		Model m = parseClean("state A { } state B { } threat A -> B low threat B -> A medium");
		assertThat(element(m, ThreatDecl.class, 0).getLevel().getWord()).isEqualTo("low");
		assertThat(element(m, ThreatDecl.class, 1).getLevel().getWord()).isEqualTo("medium");
	}

	@ParameterizedTest
	@ValueSource(strings = { "alliance", "pact", "entente" })
	void threeAllianceForms(String keyword) throws Exception {
		Alliance a = element(parseClean("state A { } state B { } " + keyword + " T { members A, B }"), Alliance.class, 0);
		assertThat(a.getKind()).isEqualTo(AllianceKind.getByName(keyword));
		assertThat(a.getMembers()).hasSize(2);
	}

	@Test
	void allianceWithCalendarAndEveryClause() throws Exception {
		Alliance a = element(parseClean("""
				region R state A { } state B { } state C { }
				alliance T "Tee" { durable expires 1920 signed 1900 members A, B
				    defense against C in R unless provoked forces 60%
				    offense against C forces 12.5%
				    neutrality against C
				    nonaggression consultation sanctions against C }
				"""), Alliance.class, 0);
		assertThat(a.getSigned()).isEqualTo(1900);
		assertThat(a.getExpires()).isEqualTo(1920);
		assertThat(a.isDurable()).isTrue();
		assertThat(a.getClauses()).hasSize(6);
		DefenseClause d = (DefenseClause) a.getClauses().get(0);
		assertThat(d.getTargets()).extracting(StateDecl::getName).containsExactly("C");
		assertThat(d.getRegion().getName()).isEqualTo("R");
		assertThat(d.isUnlessProvoked()).isTrue();
		assertThat(d.getForces()).isEqualTo(60.0);
		assertThat(((OffenseClause) a.getClauses().get(1)).getForces()).isEqualTo(12.5);
	}

	@Test
	void bareDefenseClause() throws Exception {
		DefenseClause d = (DefenseClause) element(parseClean("state A { } state B { } alliance T { members A, B defense }"),
				Alliance.class, 0).getClauses().get(0);
		assertThat(d.getTargets()).isEmpty();
		assertThat(d.isUnlessProvoked()).isFalse();
		assertThat(d.getForces()).isNull();
	}

	@Test
	void guaranteeByToWithSeveralParties() throws Exception {
		Guarantee g = element(parseClean("state A { } state B { } state C { } guarantee G { by A, B to C signed 1839 defense }"),
				Guarantee.class, 0);
		assertThat(g.getGuarantors()).extracting(StateDecl::getName).containsExactly("A", "B");
		assertThat(g.getRecipients()).extracting(StateDecl::getName).containsExactly("C");
		assertThat(g.getSigned()).isEqualTo(1839);
	}

	@Test
	void everyEventForm() throws Exception {
		Model m = parseClean("""
				state A { } state B { } state C { } alliance T { members A, B }
				in 1914: A attacks B, C
				in 1915: A annexes C
				in 1916: B collapses
				in 1917: A arms +40%
				in 1917: B arms -20%
				in 1918: C joins T
				in 1919: C leaves T
				in 1920: peace A, B
				""");
		Event attack = element(m, Event.class, 0);
		assertThat(attack.getYear()).isEqualTo(1914);
		assertThat(((Attack) attack.getAction()).getTargets()).hasSize(2);
		assertThat(((Annexation) element(m, Event.class, 1).getAction()).getAnnexed().getName()).isEqualTo("C");
		assertThat(((Arming) element(m, Event.class, 3).getAction()).getChange()).isEqualTo(40.0);
		assertThat(((Arming) element(m, Event.class, 4).getAction()).getChange()).isEqualTo(-20.0);
		assertThat(m.getElements().stream().filter(Event.class::isInstance)).hasSize(8);
	}

	@Test
	void expectationTimingAndNegation() throws Exception {
		Model m = parseClean("""
				state A { } state B { }
				expect in 1914: A at war with B
				expect by 1915: not A at war with B
				expect: A at war with B
				""");
		Expectation in = element(m, Expectation.class, 0);
		assertThat(in.getTiming()).isEqualTo(Timing.IN);
		assertThat(in.getYear()).isEqualTo(1914);
		assertThat(in.getCondition()).isInstanceOf(AtWarWith.class);
		Expectation by = element(m, Expectation.class, 1);
		assertThat(by.getTiming()).isEqualTo(Timing.BY);
		assertThat(by.isNegated()).isTrue();
		assertThat(element(m, Expectation.class, 2).getYear()).isNull();
	}

	@Test
	void everyExpectationForm() throws Exception {
		Model m = parseClean("""
				state A { } state B { } state C { } alliance T { members A, B }
				expect: A balances against B
				expect: A bandwagons with B
				expect: A buck-passes
				expect: A soft-balances against B
				expect: A omnibalances
				expect: A is secure
				expect: A at war with B
				expect: A allied with B
				expect: treaty T in force
				expect: treaty T lapsed
				expect: treaty T breached
				expect: treaty T expired
				expect: polarity unipolar
				expect: polarity bipolar
				expect: polarity multipolar
				expect: landscape A, B | C
				expect: bloc polarity bipolar
				""");
		assertThat(((TreatyStatus) element(m, Expectation.class, 8).getCondition()).getStatus()).isEqualTo("in force");
		assertThat(((TreatyStatus) element(m, Expectation.class, 11).getCondition()).getStatus()).isEqualTo("expired");
		assertThat(((PolarityIs) element(m, Expectation.class, 13).getCondition()).getPolarity()).isEqualTo("bipolar");
		assertThat(((PolarityIs) element(m, Expectation.class, 13).getCondition()).isBlocs()).isFalse();
		assertThat(((PolarityIs) element(m, Expectation.class, 16).getCondition()).isBlocs()).isTrue();
		LandscapeSplit split = (LandscapeSplit) element(m, Expectation.class, 15).getCondition();
		assertThat(split.getSideA()).extracting(StateDecl::getName).containsExactly("A", "B");
		assertThat(split.getSideB()).extracting(StateDecl::getName).containsExactly("C");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"scenario",                                          // header without a name
			"scenario S from 1914",                              // 'from' without 'to'
			"state A { military 1 military 2 }",                  // a property twice
			"state A { military 1.5.2 }",                         // not a number
			"state A { intent peaceful }",                        // unknown intent
			"state A { military }",                               // property without value
			"state A { borders }",                                // borders without names
			"state A { military 1",                               // unclosed block
			"state { }",                                          // state without a name
			"alliance T { members A, }",                          // trailing comma
			"alliance T { members A, B defense against }",        // against without a target
			"alliance T { members A, B offense }",                // offense needs against
			"alliance T { members A, B sanctions C }",            // sanctions needs against
			"alliance T { members A, B defense forces 60 }",      // forces without %
			"alliance T { members A, B defense unless }",         // 'unless' without 'provoked'
			"alliance T { defense members A, B }",                // clauses come after the calendar
			"treaty T { members A, B }",                          // not a treaty keyword
			"guarantee G { from A to B }",                        // guarantee uses 'by'
			"actor X kind militia { }",                           // unknown actor kind
			"actor X { targets A }",                              // actor without kind
			"threat A -> B extreme",                              // unknown threat level
			"threat A B high",                                    // missing arrow
			"dispute A B",                                        // missing comma
			"in 1914 A attacks B",                                // missing colon
			"in: A attacks B",                                    // missing year
			"in 1914: A attacks",                                 // attack without target
			"in 1914: A arms 40",                                 // arms without %
			"in 1914: peace A",                                   // peace needs two sides
			"expect in: A is secure",                             // timing without year
			"expect A is secure",                                 // missing colon
			"expect: A balances B",                               // missing 'against'
			"expect: A is",                                       // incomplete
			"expect: treaty T active",                            // unknown treaty status
			"expect: polarity tripolar",                          // unknown polarity
			"expect: landscape A, B",                             // landscape needs two sides
			"settings { threatFloor }",                           // setting without value
			"settings { greatPower 10 }",                         // percent setting without %
			"ideology A opposes",                                 // opposes without a name
			"region",                                             // region without a name
			"\u0000\u0001garbage\u00ff",                          // binary garbage
	})
	void malformedFormsAreSyntaxErrors(String text) throws Exception {
		Model model = parser.parse(text);
		assertThat(model.eResource().getErrors()).as("syntax errors for: " + text).isNotEmpty();
	}
}
