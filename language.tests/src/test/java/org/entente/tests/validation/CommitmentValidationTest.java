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
class CommitmentValidationTest extends ValidationTestBase {

	// ------------------------------------------------------------------ conflicting defense

	@Test
	void defendingBAgainstCAndCAgainstB() {
		validate("""
				scenario S from 1920 to 1940
				state Beta { } state Gamma { } state Delta { }
				alliance BetaDelta { members Beta, Delta signed 1930 defense against Gamma }
				alliance GammaDelta { members Gamma, Delta signed 1931 defense against Beta }
				""");
		Issue issue = error(CONFLICTING_DEFENSE, "Beta", 4);
		assertThat(issue.getOffset()).isEqualTo(offsetOf("Beta }", "GammaDelta"));
		assertThat(issue.getMessage()).isEqualTo(
				"Delta cannot defend Beta against Gamma (BetaDelta, 1930) and Gamma against Beta (GammaDelta, 1931) in 1931.");
		assertThat(data(issue)).contains("state=Delta", "defended=Gamma", "against=Beta", "treaty=GammaDelta",
				"otherTreaty=BetaDelta", "year=1931");
		none(DEFENSE_AGAINST_ALLY); // one problem, one diagnostic
	}

	@Test
	void nearMissTheSamePledgesInYearsThatDoNotOverlap() {
		validate("""
				scenario S from 1920 to 1940
				state Beta { } state Gamma { } state Delta { }
				alliance BetaDelta { members Beta, Delta signed 1930 expires 1931 defense against Gamma }
				alliance GammaDelta { members Gamma, Delta signed 1931 defense against Beta }
				""");
		clean();
	}

	@Test
	void nearMissLocarnoStyleGuaranteesAgainstTheAggressorOnly() {
		validate("""
				state UnitedKingdom { } state France { } state Germany { }
				guarantee RhinePactF { by UnitedKingdom to France signed 1925 defense against Germany unless provoked }
				guarantee RhinePactG { by UnitedKingdom to Germany signed 1925 defense against France unless provoked }
				""");
		clean();
	}

	@Test
	void aStateThatLeavesNoLongerConflicts() {
		validate("""
				scenario S from 1920 to 1940
				state Beta { } state Gamma { } state Delta { }
				alliance BetaDelta { members Beta, Delta signed 1920 defense against Gamma }
				alliance GammaDelta { members Gamma signed 1925 defense against Beta }
				in 1924: Delta leaves BetaDelta
				in 1926: Delta joins GammaDelta
				""");
		none(CONFLICTING_DEFENSE);
		validate("""
				scenario S from 1920 to 1940
				state Beta { } state Gamma { } state Delta { }
				alliance BetaDelta { members Beta, Delta signed 1920 defense against Gamma }
				alliance GammaDelta { members Gamma signed 1925 defense against Beta }
				in 1926: Delta joins GammaDelta
				""");
		assertThat(one(CONFLICTING_DEFENSE).getMessage()).endsWith("in 1926.");
	}

	// ------------------------------------------------------------------ offense against a nonaggression partner

	@Test
	void offenseAgainstANonaggressionPartner() {
		validate("""
				scenario S from 1930 to 1945
				state Germany { } state Italy { } state Poland { }
				pact GermanPolish { members Germany, Poland signed 1934 nonaggression }
				alliance Axis { members Germany, Italy signed 1936 offense against Poland }
				""");
		Issue issue = warning(OFFENSE_AGAINST_NONAGGRESSION_PARTNER, "Poland", 4);
		assertThat(issue.getMessage()).isEqualTo("Germany pledges offense against Poland (Axis, 1936) but has a "
				+ "nonaggression treaty with Poland (GermanPolish, 1934) in 1936; if they collide, the more recent treaty "
				+ "wins and the other is breached.");
		assertThat(data(issue)).contains("state=Germany", "target=Poland", "treaty=Axis", "otherTreaty=GermanPolish", "year=1936");
	}

	@Test
	void nearMissNonaggressionExpiredBeforeTheOffense() {
		validate("""
				scenario S from 1930 to 1945
				state Germany { } state Italy { } state Poland { }
				pact GermanPolish { members Germany, Poland signed 1934 expires 1936 nonaggression }
				alliance Axis { members Germany, Italy signed 1936 offense against Poland }
				""");
		clean();
	}

	// ------------------------------------------------------------------ neutrality vs defense

	@Test
	void neutralityPromisedWhilePledgedToDefendAgainst() {
		validate("""
				state Germany { } state Russia { } state AustriaHungary { }
				alliance DualAlliance { members Germany, AustriaHungary signed 1879 defense against Russia }
				pact Reinsurance { members Germany, Russia signed 1887 expires 1890 neutrality }
				""");
		Issue issue = warning(NEUTRALITY_DEFENSE_CONFLICT, "Russia", 2);
		assertThat(issue.getMessage()).isEqualTo("Germany promises neutrality to Russia (Reinsurance, 1887) but pledges "
				+ "to defend against Russia (DualAlliance, 1879) in 1887; if they collide, the more recent treaty wins "
				+ "and the other is breached.");
		assertThat(data(issue)).contains("state=Germany", "partner=Russia", "treaty=DualAlliance", "otherTreaty=Reinsurance");
	}

	@Test
	void nearMissNeutralityThatLapsedBeforeTheDefensePledge() {
		validate("""
				state Germany { } state Russia { } state AustriaHungary { }
				alliance DualAlliance { members Germany, AustriaHungary signed 1890 defense against Russia }
				pact Reinsurance { members Germany, Russia signed 1887 expires 1890 neutrality }
				""");
		clean();
	}

	// ------------------------------------------------------------------ defense against an ally

	@Test
	void defensePledgeAgainstAnAlly() {
		validate("""
				state A { } state B { } state C { }
				alliance AB { members A, B signed 1900 defense }
				alliance AC { members A, C signed 1905 defense against B }
				""");
		Issue issue = warning(DEFENSE_AGAINST_ALLY, "B", 3);
		assertThat(issue.getMessage()).isEqualTo("A pledges defense against B (AC, 1905) while allied with B (AB, 1900)"
				+ " in 1905; the engine honours whichever of the two a war triggers first, and A entering against a"
				+ " treaty partner breaches the treaty with it.");
		none(CONFLICTING_DEFENSE);
	}

	@Test
	void nearMissCollectiveSecurityPactWithTheTarget() {
		// Locarno (1925) guaranteed Germany too, but only against an aggressor: defending Belgium against
		// Germany is what it asks for if Germany is the aggressor.
		validate("""
				state France { } state Belgium { } state Germany { } state UnitedKingdom { }
				alliance FrancoBelgian { members Belgium, France signed 1920 defense against Germany }
				pact Locarno { members UnitedKingdom, Belgium, France, Germany signed 1925 defense unless provoked nonaggression }
				""");
		none(DEFENSE_AGAINST_ALLY);
		noErrors();
	}

	@Test
	void nearMissAllianceEndedBeforeThePledge() {
		validate("""
				state A { } state B { } state C { }
				alliance AB { members A, B signed 1900 expires 1905 defense }
				alliance AC { members A, C signed 1905 defense against B }
				""");
		clean();
	}

	// ------------------------------------------------------------------ forces

	@Test
	void pledgedForcesOver100PercentInOneYear() {
		validate("""
				scenario S from 1910 to 1920
				state Russia { } state France { } state Serbia { } state Germany { } state AustriaHungary { }
				alliance FrancoRussian { members France, Russia signed 1894 defense against Germany forces 60% }
				guarantee Balkan { by Russia to Serbia signed 1912 defense against AustriaHungary forces 70% }
				""");
		Issue issue = error(FORCES_OVERCOMMITTED, "70%", 4);
		assertThat(issue.getMessage()).isEqualTo("Russia pledges 130% of its forces in 1912: FrancoRussian 60%, Balkan 70%; "
				+ "the pledges in force at the same time must total at most 100%.");
		assertThat(data(issue)).contains("state=Russia", "year=1912", "total=130", "treaties=FrancoRussian,Balkan");
	}

	@Test
	void nearMissPledgesInDifferentYearsAndRecipientsPledgeNothing() {
		validate("""
				scenario S from 1910 to 1920
				state Russia { } state France { } state Serbia { } state Germany { } state AustriaHungary { }
				alliance FrancoRussian { members France, Russia signed 1914 defense against Germany forces 60% }
				guarantee Balkan { by Russia to Serbia signed 1912 expires 1914 defense against AustriaHungary forces 70% }
				guarantee ForRussia { by Serbia to Russia signed 1915 defense forces 70% }
				""");
		clean();
	}

	// ------------------------------------------------------------------ joins and leaves

	@Test
	void membershipEventsAgainstTheCalendar() {
		validate("""
				scenario S from 1900 to 1920
				state A { } state B { } state C { } state D { }
				alliance T { members A, B signed 1905 expires 1915 defense }
				in 1901: C joins T
				in 1906: A joins T
				in 1907: D leaves T
				in 1916: B leaves T
				""");
		assertThat(withCode(TREATY_NOT_IN_FORCE)).extracting(Issue::getLineNumber).containsExactly(4, 7);
		Issue early = withCode(TREATY_NOT_IN_FORCE).get(0);
		assertThat(underlined(early)).isEqualTo("T");
		assertThat(early.getMessage()).isEqualTo("C cannot join T in 1901: the treaty is not in force that year (it is signed only in 1905).");
		assertThat(data(early)).contains("state=C", "treaty=T", "year=1901", "signed=1905", "expires=1915");
		assertThat(withCode(TREATY_NOT_IN_FORCE).get(1).getMessage()).contains("it expired in 1915");
		assertThat(error(ALREADY_A_PARTY, "T", 5).getMessage()).isEqualTo("A cannot join T in 1906: it is already a party.");
		assertThat(error(NOT_A_PARTY, "T", 6).getMessage()).isEqualTo("D cannot leave T in 1907: it is not a party that year.");
	}

	@Test
	void nearMissJoinLeaveRejoinInOrder() {
		validate("""
				scenario S from 1900 to 1920
				state A { } state B { } state C { }
				alliance T { members A, B signed 1905 expires 1915 defense }
				in 1906: C joins T
				in 1906: C leaves T
				in 1908: C joins T
				""");
		clean();
	}

	@Test
	void withinAYearFileOrderCounts() {
		validate("""
				state A { } state B { } state C { }
				alliance T { members A, B }
				in 1906: C leaves T
				in 1906: C joins T
				""");
		error(NOT_A_PARTY, "T", 3);
	}

	// ------------------------------------------------------------------ attacks

	@Test
	void attackOnATreatyPartnerIsABreachWarning() {
		validate("""
				scenario S from 1939 to 1945
				state Germany { } state USSR { } state Poland { }
				pact MolotovRibbentrop { members Germany, USSR signed 1939 nonaggression }
				in 1941: Germany attacks Poland, USSR
				""");
		Issue issue = warning(ATTACK_BREACHES_TREATY, "USSR", 4);
		assertThat(issue.getMessage()).isEqualTo(
				"Germany's attack on USSR in 1941 breaches MolotovRibbentrop (nonaggression), which binds them both.");
		assertThat(data(issue)).contains("attacker=Germany", "target=USSR", "treaty=MolotovRibbentrop", "year=1941");
	}

	@Test
	void nearMissAttackBeforeSigningOrUnderAConsultationTreaty() {
		validate("""
				scenario S from 1930 to 1945
				state Germany { } state USSR { }
				pact MolotovRibbentrop { members Germany, USSR signed 1939 nonaggression }
				entente Talks { members Germany, USSR consultation }
				in 1938: Germany attacks USSR
				""");
		clean();
	}

	// ------------------------------------------------------------------ chain-ganging

	@Test
	void unconditionalDefenseOfARevisionistAlly() {
		validate("""
				state Germany { intent revisionist } state AustriaHungary { intent aggressive } state Russia { }
				alliance Dual { members Germany, AustriaHungary defense against Russia }
				""");
		Issue issue = warning(CHAIN_GANGING_RISK, "defense against Russia", 2);
		assertThat(issue.getMessage()).startsWith(
				"Dual pledges unconditional defense of Germany (revisionist) and AustriaHungary (aggressive)");
		assertThat(data(issue)).contains("treaty=Dual", "allies=Germany,AustriaHungary");
	}

	@Test
	void numericIntentCountsForChainGanging() {
		validate("""
				state A { intent 0.9 } state B { } state C { }
				guarantee G { by B to A defense forces 30% }
				""");
		Issue issue = warning(CHAIN_GANGING_RISK, "defense forces 30%", 2);
		assertThat(data(issue)).contains("treaty=G", "allies=A");
	}

	@Test
	void nearMissConditionalDefenseOrPeacefulAllies() {
		validate("""
				state Germany { intent revisionist } state AustriaHungary { intent revisionist } state Russia { }
				state France { intent status-quo } state Belgium { intent defensive }
				alliance Dual { members Germany, AustriaHungary defense against Russia unless provoked }
				alliance West { members France, Belgium defense against Germany }
				guarantee ByGermany { by Germany to Belgium defense }
				""");
		none(CHAIN_GANGING_RISK);
	}

	// ------------------------------------------------------------------ duplicate clauses

	@Test
	void sameClauseTwiceBetweenTheSameParties() {
		validate("""
				state A { } state B { } state C { }
				alliance T1 { members A, B signed 1900 defense against C }
				alliance T2 { members B, A signed 1905 defense against C forces 20% }
				""");
		Issue issue = warning(DUPLICATE_CLAUSE, "defense against C forces 20%", 3);
		assertThat(issue.getMessage()).isEqualTo(
				"This defense clause of T2 repeats one in T1, 1900 between the same parties (B, A) in 1905.");
		assertThat(data(issue)).contains("treaty=T2", "otherTreaty=T1", "year=1905");
	}

	@Test
	void sameClauseTwiceInOneTreaty() {
		validate("""
				state A { } state B { }
				entente E { members A, B consultation consultation }
				""");
		Issue issue = warning(DUPLICATE_CLAUSE, "consultation", 2);
		assertThat(issue.getOffset()).isEqualTo(text.lastIndexOf("consultation"));
	}

	@Test
	void nearMissSameClauseInYearsApartOrBetweenOtherParties() {
		validate("""
				state A { } state B { } state C { } state D { }
				alliance T1 { members A, B signed 1900 expires 1905 defense against C }
				alliance T2 { members A, B signed 1905 defense against C }
				alliance T3 { members A, D signed 1905 defense against C }
				""");
		clean();
	}
}
