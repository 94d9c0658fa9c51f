package org.entente.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.engine.model.Event;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.Turn;
import org.entente.engine.trace.WarEntry;
import org.junit.jupiter.api.Test;

/**
 * Scenarios of the decision rule with the design's prior weights (docs/semantics.md §6a), whose hand-computed
 * terms they check; {@code withDefaults} marks the few that run the defaults (the fitted weights).
 */
class DecisionScenariosTest {
    private static final SimulationOptions PRIORS = SimulationOptions.defaults().withWeights(DecisionWeights.priors());

    /** A - B - C in a line; A and C equal great powers, B small (so nobody passes the buck to it). */
    private static ScenarioBuilder line(int year) {
        return Scenario.builder("D").years(year, year + 1)
                .state("A", s -> s.military(1).economy(1).population(1).borders("B"))
                .state("B", s -> s.military(0.2).economy(0.2).population(0.2).borders("C"))
                .state("C", s -> s.military(1).economy(1).population(1));
    }

    private static Turn first(ScenarioBuilder b) { return Simulation.run(b.build(), PRIORS).turns().get(0); }

    private static WarEntry entry(Turn t, String state) {
        return t.warEntries().stream().filter(e -> e.state().equals(state) && e.decision() != null).findFirst().orElseThrow();
    }

    @Test
    void anAllyHonoursADefensePledgeBefore1945() {
        Turn t = first(line(1900).alliance("BC", x -> x.members("B", "C").defense()).event(Event.attack(1900, "A", "B")));
        assertThat(t.atWar("C", "A")).isTrue();
        WarEntry c = entry(t, "C");
        assertThat(c.kind()).isEqualTo(WarEntry.Kind.ENTERS);
        assertThat(c.cause()).startsWith("C enters against A: BC defense of B +4.56").contains("base rate -3.89").endsWith("; staying out 0");
        assertThat(c.chain()).containsExactly("A attacks B", c.cause());
        assertThat(c.decision().chosen().terms()).extracting(Term::label).contains("BC defense of B");
    }

    /** A, B, C all border each other; C fears A (declared threat 1.0); A attacks B in {@code attackYear}. */
    private static Turn alignmentCase(int attackYear) {
        Scenario s = Scenario.builder("D").years(1900, 1902)
                .state("A", x -> x.military(1).economy(1).population(1).intent(1.0).borders("B", "C"))
                .state("B", x -> x.military(1).economy(1).population(1).borders("C"))
                .state("C", x -> x.military(1).economy(1).population(1))
                .declaredThreat("C", "A", 1.0)
                .event(Event.attack(attackYear, "A", "B")).build();
        return Simulation.run(s, PRIORS).turns().get(2);
    }

    @Test
    void anAlignmentWithoutTreatyWeighsLikeAPledgeOfReliabilityPointThree() {
        // B and C balance against A in 1900 and 1901, so they are aligned (§5a) when A attacks B in 1902;
        // logit(0.3) − logit(0.02) = −0.85 + 3.89 = +3.04 tips C's utility above staying out
        Turn aligned = alignmentCase(1902);
        assertThat(aligned.atWar("C", "A")).isTrue();
        assertThat(entry(aligned, "C").cause())
                .startsWith("C enters against A: alignment with B +3.04, threat balancing +1.56, exposure -0.25, base rate -3.89 (U 0.46");
        // attacked in 1900, before any alignment formed, C weighs the same threat without the alignment and stays out
        Turn early = alignmentCase(1900);
        assertThat(early.atWar("C", "A")).isFalse();
    }

    /**
     * A, B, C, Q: B and C balance against A (C fears A, declared) and align in 1901; Q borders B and C and C fears it
     * too (declared 0.6), but B does not, so there is no alignment against Q. {@code attacker} attacks B in 1902.
     */
    private static List<Decision> ownThreatCase(String attacker) {
        Scenario s = Scenario.builder("D").years(1900, 1902)
                .state("A", x -> x.military(1).economy(1).population(1).intent(1.0).borders("B", "C"))
                .state("B", x -> x.military(1).economy(1).population(1).borders("C", "Q"))
                .state("C", x -> x.military(1).economy(1).population(1).borders("Q"))
                .state("Q", x -> x.military(1).economy(1).population(1))
                .declaredThreat("C", "A", 1.0)
                .declaredThreat("C", "Q", 0.6)
                .event(Event.attack(1902, attacker, "B")).build();
        List<Decision> decisions = new java.util.ArrayList<>();
        Simulation.run(s, PRIORS.observing((year, d, a, b) -> { if (d.state().equals("C")) decisions.add(d); }));
        return decisions;
    }

    @Test
    void anAlignmentWeighsOnlyAgainstItsOwnThreat() {
        // Walt: an alignment is made of balancing against a common threat, so the alignment of B and C against A
        // pulls C into B's war with A (+3.04, as above) ...
        List<Decision> againstA = ownThreatCase("A");
        assertThat(againstA).isNotEmpty();
        assertThat(againstA.get(0).choice()).isEqualTo(-1);
        assertThat(againstA.get(0).otherSide().terms()).extracting(Term::label).contains("alignment with B");
        // ... but not into B's war with Q: the same partner, another adversary; C weighs only its threat and stays out
        List<Decision> againstQ = ownThreatCase("Q");
        assertThat(againstQ).isNotEmpty();
        assertThat(againstQ).allSatisfy(d -> {
            assertThat(d.otherSide().terms()).extracting(Term::label).doesNotContain("alignment with B");
            assertThat(d.choice()).isZero();
        });
    }

    @Test
    void after1945TheSamePledgeIsAbandonedAndTheTraceSaysWhy() {
        Turn t = first(line(2000).alliance("BC", x -> x.members("B", "C").defense()).event(Event.attack(2000, "A", "B")));
        assertThat(t.atWar("C", "A")).isFalse();
        WarEntry c = entry(t, "C");
        assertThat(c.kind()).isEqualTo(WarEntry.Kind.STAYS_OUT);
        // logit(0.22) + 3.89 = 2.63
        assertThat(c.cause()).startsWith("C stays out of war #1: staying out 0 beats B's side: BC defense of B +2.63");
        assertThat(c.decision().pOther()).isLessThan(0.5);
        assertThat(t.treatyStatus().get("BC")).as("abandoning is reported, not a breach").isEqualTo(TreatyStatus.IN_FORCE);
    }

    @Test
    void aSecondTreatyOwedToTheSameAllyAddsNothing() {
        // after 1945 one pledge gives +2.63 (P about 0.22); a second treaty restating the commitment to B is the
        // same commitment, not independent evidence: summed, the two would give U = -3.89 + 2 x 2.63 = 1.37 and C
        // would enter (docs/semantics.md §6a, "One commitment per ally")
        Turn t = first(line(2000).alliance("BC1", x -> x.members("B", "C").defense())
                .alliance("BC2", x -> x.members("B", "C").defense()).event(Event.attack(2000, "A", "B")));
        assertThat(t.atWar("C", "A")).isFalse();
        assertThat(entry(t, "C").cause()).startsWith(
                "C stays out of war #1: staying out 0 beats B's side: BC1 defense of B +2.63, BC2 defense of B (same ally as BC1) +0.00");
        assertThat(entry(t, "C").decision().otherSide().obligations()).isEqualTo(2);
    }

    @Test
    void pledgesToTwoDifferentAlliesEachCount() {
        // D (next to B) defends B with a reliable treaty and enters in the first round; C, pledged to both B and D,
        // then owes two commitments to two allies on the same side: each adds +2.63 and together they tip C in
        Turn t = first(line(2000).state("D", s -> s.military(0.2).economy(0.2).population(0.2).borders("B"))
                .alliance("BC", x -> x.members("B", "C").defense())
                .alliance("BD", x -> x.members("B", "D").reliability(0.95).defense())
                .alliance("CD", x -> x.members("C", "D").defense()).event(Event.attack(2000, "A", "B")));
        assertThat(t.atWar("D", "A")).isTrue();
        assertThat(t.atWar("C", "A")).isTrue();
        WarEntry c = t.warEntries().stream().filter(e -> e.state().equals("C") && e.kind() == WarEntry.Kind.ENTERS).findFirst().orElseThrow();
        assertThat(c.cause()).startsWith("C enters against A: BC defense of B +2.63, CD defense of D +2.63");
    }

    @Test
    void reliabilityOnATreatyOverridesThePrior() {
        Turn low = first(line(1900).alliance("BC", x -> x.members("B", "C").reliability(0.1).defense()).event(Event.attack(1900, "A", "B")));
        assertThat(low.atWar("C", "A")).isFalse();
        Turn high = first(line(2000).alliance("BC", x -> x.members("B", "C").reliability(0.95).defense()).event(Event.attack(2000, "A", "B")));
        assertThat(high.atWar("C", "A")).isTrue();
    }

    @Test
    void aStateAlreadyFightingTheAttackerJoinsItsNewWarWithoutATreaty() {
        Turn t = first(line(1900).event(Event.attack(1900, "A", "C")).event(Event.attack(1900, "A", "B")));
        assertThat(t.atWar("C", "A")).isTrue();
        WarEntry c = t.warEntries().stream().filter(e -> e.state().equals("C") && e.kind() == WarEntry.Kind.ENTERS).findFirst().orElseThrow();
        assertThat(c.war()).isEqualTo(2);
        assertThat(c.cause()).startsWith("C enters against A: ").contains("co-belligerence +5.00");
        assertThat(c.decision().chosen().obligations()).isZero();
    }

    @Test
    void aStrongEnoughThreatMakesAStateBalanceByWarWithoutATreaty() {
        ScenarioBuilder b = line(1900).declaredThreat("C", "A", 1.0).declaredThreat("C", "B", 0.0).event(Event.attack(1900, "A", "B"));
        Turn prior = first(b);
        assertThat(prior.atWar("C", "A")).as("with the prior weights, threat alone rarely beats the base rate").isFalse();
        Trace strong = Simulation.run(b.build(), PRIORS.withWeights(DecisionWeights.priors().withThreat(8)));
        Turn t = strong.turns().get(0);
        assertThat(t.atWar("C", "A")).isTrue();
        assertThat(entry(t, "C").cause()).contains("threat balancing +8.00");
    }

    @Test
    void aWeakStateNextToTheLikelyWinnerBandwagons() {
        // Big attacks Victim; Small borders both and fears Victim (declared); Big is the likely winner next door.
        ScenarioBuilder b = Scenario.builder("BW").years(1900, 1901)
                .state("Big", s -> s.military(10).economy(10).population(10).borders("Victim", "Small"))
                .state("Victim", s -> s.military(2).economy(2).population(2).borders("Small"))
                .state("Small", s -> s.military(0.1).economy(0.1).population(0.1))
                .declaredThreat("Small", "Victim", 0.9).declaredThreat("Small", "Big", 0.1)
                .event(Event.attack(1900, "Big", "Victim"));
        Turn t = first(b);
        assertThat(t.atWar("Small", "Victim")).isTrue();
        WarEntry small = entry(t, "Small");
        assertThat(small.cause()).startsWith("Small enters against Victim: threat balancing +3.20, bandwagoning +");
        Term bandwagon = small.decision().chosen().terms().stream().filter(x -> x.label().equals("bandwagoning")).findFirst().orElseThrow();
        assertThat(bandwagon.value()).isGreaterThan(0.7);
        // without the bandwagoning term the same state stays out
        Trace noBandwagon = Simulation.run(b.build(), PRIORS.withWeights(DecisionWeights.priors().withBandwagon(0)));
        assertThat(noBandwagon.turns().get(0).atWar("Small", "Victim")).isFalse();
    }

    /** Attacker borders Victim and Front (a great power); Rear, a great power allied to Victim, does not border Attacker. */
    private static ScenarioBuilder buck(double doctrine) {
        return Scenario.builder("BP").years(1900, 1901)
                .state("Attacker", s -> s.military(3).economy(3).population(3).borders("Victim", "Front"))
                .state("Victim", s -> s.military(0.5).economy(0.5).population(0.5).borders("Rear"))
                .state("Front", s -> s.military(3).economy(3).population(3))
                .state("Rear", s -> s.military(3).economy(3).population(3).doctrine(doctrine))
                .alliance("Pledge", x -> x.members("Victim", "Rear").defense())
                .event(Event.attack(1900, "Attacker", "Victim"));
    }

    @Test
    void underDefenseDominanceAGreatPowerPassesTheBuckAndStaysOut() {
        Turn t = first(buck(0.0));
        assertThat(t.atWar("Rear", "Attacker")).isFalse();
        assertThat(entry(t, "Rear").cause()).startsWith("Rear stays out of war #1: staying out 0 beats Victim's side: Pledge defense of Victim +4.56")
                .contains("buck-passing to Front -2.00");
    }

    @Test
    void theBuckGoesOnlyToAGreatPowerTheThreatThreatens() {
        // Front borders Attacker but does not fear it (its patron, say): nobody would check Attacker, so there is no
        // buck to pass and Rear's choice has no buck-passing term
        Turn unafraid = first(buck(0.0).declaredThreat("Front", "Attacker", 0.1));
        assertThat(entry(unafraid, "Rear").cause()).startsWith("Rear enters against Attacker: Pledge defense of Victim +4.56")
                .doesNotContain("buck-passing");
        // at the threat floor (0.4) Front is a state that would balance against Attacker: the buck goes to it
        Turn atFloor = first(buck(0.0).declaredThreat("Front", "Attacker", 0.4));
        assertThat(entry(atFloor, "Rear").cause()).contains("buck-passing to Front -2.00");
        assertThat(atFloor.atWar("Rear", "Attacker")).isFalse();
    }

    @Test
    void underOffenseDominanceTheSameAllyChainGangs() {
        Turn t = first(buck(1.0));
        assertThat(t.atWar("Rear", "Attacker")).isTrue();
        assertThat(entry(t, "Rear").cause()).startsWith("Rear enters against Attacker: Pledge defense of Victim +4.56")
                .contains("chain-ganging +2.00").doesNotContain("buck-passing");
    }

    @Test
    void theTwoDoctrineWeightsAreSeparate() {
        // without a buck-passing weight the defensive Rear no longer passes the buck, yet chain-ganging keeps its weight
        DecisionWeights noBuckPassing = DecisionWeights.priors().withBuckPassing(0);
        Turn defensive = Simulation.run(buck(0.0).build(), PRIORS.withWeights(noBuckPassing)).turns().get(0);
        assertThat(entry(defensive, "Rear").cause()).doesNotContain("buck-passing");
        Turn offensive = Simulation.run(buck(1.0).build(), PRIORS.withWeights(noBuckPassing.withChainGanging(3))).turns().get(0);
        assertThat(entry(offensive, "Rear").cause()).contains("chain-ganging +3.00");
        // and the buck-passing weight alone scales the buck-passing term
        Turn strong = Simulation.run(buck(0.0).build(), PRIORS.withWeights(DecisionWeights.priors().withBuckPassing(5).withChainGanging(0)))
                .turns().get(0);
        assertThat(entry(strong, "Rear").cause()).contains("buck-passing to Front -5.00");
    }

    @Test
    void aScenarioStatesItsOwnWeightsAndTheRunsWeightsReplaceThem() {
        Scenario own = buck(0.0).settings(org.entente.engine.model.Settings.defaults()
                .withDecision(DecisionWeights.priors().withBuckPassing(4))).build();
        assertThat(entry(Simulation.run(own).turns().get(0), "Rear").cause()).contains("buck-passing to Front -4.00")
                .contains("base rate -3.89");
        assertThat(entry(Simulation.run(own, PRIORS).turns().get(0), "Rear").cause()).contains("buck-passing to Front -2.00");
        // without an entry, the defaults (the fit)
        assertThat(entry(Simulation.run(buck(0.0).build()).turns().get(0), "Rear").cause())
                .contains(String.format(java.util.Locale.ROOT, "base rate %.2f", DecisionWeights.defaults().base()));
    }

    @Test
    void unlessProvokedHoldsForAnEntrantOnTheDefendingSideNotForTheAttacker() {
        // A attacks B; C guarantees B and enters; D's pledge to C (unless provoked) is triggered though nobody declared war on C;
        // E's pledge to A (unless provoked) is not: A started the war.
        ScenarioBuilder b = line(1900).state("D", s -> s.military(1).economy(1).population(1).borders("C"))
                .state("E", s -> s.military(1).economy(1).population(1).borders("A"))
                .guarantee("G", x -> x.by("C").to("B").defense())
                .alliance("CD", x -> x.members("C", "D").defense(d -> d.unlessProvoked()))
                .alliance("AE", x -> x.members("A", "E").defense(d -> d.unlessProvoked()))
                .event(Event.attack(1900, "A", "B"));
        Turn t = first(b);
        assertThat(t.atWar("C", "A")).isTrue();
        assertThat(t.atWar("D", "A")).isTrue();
        assertThat(entry(t, "D").cause()).startsWith("D enters against A: CD defense of C");
        assertThat(t.atWar("E", "B")).isFalse();
    }

    @Test
    void anEntrantCountsAsAttackerOnlyOfTheStatesItDeclaresOn() {
        // C honours its pledge to B and declares on A only; A's unconditional ally F is not called by that,
        // but F's pledge to A against C is: C declared war on A, so A was attacked by C.
        ScenarioBuilder b = line(1900).state("F", s -> s.military(1).economy(1).population(1).borders("A"))
                .alliance("BC", x -> x.members("B", "C").defense())
                .alliance("AF", x -> x.members("A", "F").defense(d -> d.against("C")))
                .event(Event.attack(1900, "A", "B"));
        Trace trace = Simulation.run(b.build(), PRIORS);
        Turn t = trace.turns().get(0);
        assertThat(t.atWar("C", "A")).isTrue();
        assertThat(t.atWar("F", "C")).isTrue();
        assertThat(entry(t, "F").cause()).startsWith("F enters against C: AF defense of A");
    }

    @Test
    void noLapseWhileAPartyIsAtWar() {
        // AB names C, which nobody fears; A fights D for years. Under the first model AB lapses after 2 turns.
        ScenarioBuilder b = Scenario.builder("L").years(1900, 1903)
                .state("A", s -> s.military(1).economy(1).population(1).borders("D"))
                .state("B", s -> s.military(1).economy(1).population(1))
                .state("C", s -> s.military(0.01).economy(0.01).population(0.01))
                .state("D", s -> s.military(1).economy(1).population(1))
                .alliance("AB", x -> x.members("A", "B").defense(d -> d.against("C")))
                .event(Event.attack(1900, "A", "D"));
        Trace decisions = Simulation.run(b.build(), PRIORS);
        assertThat(decisions.turns().get(3).treatyStatus().get("AB")).isEqualTo(TreatyStatus.IN_FORCE);
        Trace treaties = Simulation.run(b.build(), PRIORS.withJoinRule(SimulationOptions.JoinRule.TREATIES));
        assertThat(treaties.turns().get(3).treatyStatus().get("AB")).isEqualTo(TreatyStatus.LAPSED);
    }

    @Test
    void theDecisionOfEveryEntrantListsTheTermsOfTheChoiceAndTheBestAlternative() {
        Turn t = first(line(1900).alliance("BC", x -> x.members("B", "C").defense()).event(Event.attack(1900, "A", "B")));
        Decision d = entry(t, "C").decision();
        assertThat(d.choice()).isEqualTo(-1);
        assertThat(d.alternative()).isEqualTo(0);
        assertThat(d.pOut() + d.pInitiator() + d.pOther()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        List<String> labels = d.otherSide().terms().stream().map(Term::label).toList();
        assertThat(labels.get(0)).isEqualTo("base rate");
        assertThat(d.otherSide().total()).isCloseTo(d.otherSide().terms().stream().mapToDouble(Term::value).sum(),
                org.assertj.core.api.Assertions.within(1e-12));
    }
    /** B attacks A; C, allied to B and fearing A (declared 0.5), decides about a war its treaty does not oblige it to join. */
    private static ScenarioBuilder allyAttacksCase(int year, boolean unlessProvoked) {
        return line(year).declaredThreat("C", "A", 0.5).declaredThreat("C", "B", 0.0)
                .alliance("BC", x -> x.members("B", "C").defense(d -> {
                    if (unlessProvoked) d.unlessProvoked();
                })).event(Event.attack(year, "B", "A"));
    }

    private static Trace allyAttacks(int year, boolean unlessProvoked) { return Simulation.run(allyAttacksCase(year, unlessProvoked).build(), PRIORS); }

    /** The "ally B at war" term of C's utility for B's side, or null. */
    private static Term allyTerm(int year, boolean unlessProvoked) {
        List<Term> found = new java.util.ArrayList<>();
        Simulation.run(allyAttacksCase(year, unlessProvoked).build(), PRIORS.observing((y, d, sa, sb) -> {
            if (d.state().equals("C")) d.initiatorSide().terms().stream().filter(x -> x.label().startsWith("ally ")).forEach(found::add);
        }));
        return found.isEmpty() ? null : found.get(0);
    }

    @Test
    void anAllyAtWarPullsEvenWhenItsTreatyDoesNotOblige() {
        // B started the war, so BC's defense clause is not triggered; B is still C's ally at war.
        // Before 1945: logit(0.27) - logit(0.02) = -0.995 + 3.892 = +2.90 (Sabrosky 1980)
        Term before = allyTerm(1900, false);
        assertThat(before.label()).isEqualTo("ally B at war");
        assertThat(before.value()).isCloseTo(2.897, org.assertj.core.api.Assertions.within(0.001));
        Trace t = allyAttacks(1900, false);
        assertThat(t.turns().get(0).atWar("C", "A")).isTrue();
        // threat balancing 4 · (0.5 − 0) = +2.00: with the ally term U > 0, without it (after 1945, +0.97) U < 0
        assertThat(entry(t.turns().get(0), "C").cause()).startsWith("C enters against A: ally B at war +2.90, threat balancing +2.00");
        // from 1945 the same logit shift as defense pledges (0.66 -> 0.22: -1.929): -2.924 + 3.892 = +0.97
        assertThat(allyTerm(2000, false).value()).isCloseTo(0.968, org.assertj.core.api.Assertions.within(0.001));
        assertThat(allyAttacks(2000, false).turns().get(0).atWar("C", "A")).isFalse();
    }

    @Test
    void aTreatyThatExcludesProvokedWarsDoesNotPullTowardsTheAllysOwnAttack() {
        assertThat(allyTerm(1900, true)).isNull();
        assertThat(allyAttacks(1900, true).turns().get(0).atWar("C", "A")).isFalse();
    }

    @Test
    void withTheDefaultsAGreatPowerWeighsTheGreatPowersAlreadyAtWar() {
        // A and C great powers (5/11 of the power each), B weak; A attacks B, so one great power fights when C decides:
        // the defaults add βG × 1 = 0.406 to both sides (Yamamoto & Bremer 1980); the priors (βG 0) add nothing
        Scenario s = line(1900).event(Event.attack(1900, "A", "B")).build();
        List<Decision> fitted = new java.util.ArrayList<>(), prior = new java.util.ArrayList<>();
        Simulation.run(s, SimulationOptions.defaults().observing((y, d, sa, sb) -> { if (d.state().equals("C")) fitted.add(d); }));
        Simulation.run(s, PRIORS.observing((y, d, sa, sb) -> { if (d.state().equals("C")) prior.add(d); }));
        assertThat(fitted.get(0).side(1).terms()).contains(new Term("great powers at war", 0.406));
        assertThat(fitted.get(0).side(-1).terms()).contains(new Term("great powers at war", 0.406));
        assertThat(prior.get(0).side(1).terms()).extracting(Term::label).doesNotContain("great powers at war");
        // B is weak: it never gets the term (it is in the war anyway), nor does a weak bystander
        Scenario weak = line(1900).state("D", x -> x.military(0.1).economy(0.1).population(0.1).borders("B"))
                .event(Event.attack(1900, "A", "B")).build();
        List<Decision> bystander = new java.util.ArrayList<>();
        Simulation.run(weak, SimulationOptions.defaults().observing((y, d, sa, sb) -> { if (d.state().equals("D")) bystander.add(d); }));
        assertThat(bystander).isNotEmpty();
        assertThat(bystander.get(0).side(1).terms()).extracting(Term::label).doesNotContain("great powers at war");
    }
}
