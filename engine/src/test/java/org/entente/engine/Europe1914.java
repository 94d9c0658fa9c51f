package org.entente.engine;

import static org.entente.engine.expect.Condition.atWar;

import org.entente.engine.expect.Expectation;
import org.entente.engine.model.ActorKind;
import org.entente.engine.model.Event;
import org.entente.engine.model.Intent;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ThreatLevel;

/** The europe-1914 example scenario, written with the builder. */
public final class Europe1914 {
    private Europe1914() {}

    public static Scenario scenario() {
        return Scenario.builder("July1914").title("The July Crisis").years(1914, 1918)
                .ideology("Autocracy").ideology("Democracy", "Autocracy")
                .region("Europe")
                .state("Germany", s -> s.fullName("German Empire").military(2.2).economy(3.5).population(65).offensive(0.7)
                        .intent(Intent.REVISIONIST).ideology("Autocracy").region("Europe")
                        .borders("France", "Russia", "AustriaHungary", "Belgium"))
                .state("AustriaHungary", s -> s.military(0.8).economy(1.0).population(50).intent(Intent.REVISIONIST)
                        .ideology("Autocracy").borders("Germany", "Russia", "Serbia"))
                .state("Russia", s -> s.military(2.6).economy(1.8).population(160).ideology("Autocracy").borders("Germany", "AustriaHungary"))
                .state("France", s -> s.military(1.9).economy(1.6).population(40).ideology("Democracy").borders("Germany", "Belgium"))
                .state("UnitedKingdom", s -> s.fullName("United Kingdom").military(1.4).economy(3.0).population(45).offensive(0.3).ideology("Democracy"))
                .state("Serbia", s -> s.military(0.2).economy(0.1).population(4.5).stability(0.6).borders("AustriaHungary"))
                .state("Belgium", s -> s.military(0.1).economy(0.3).population(7.5).intent(Intent.DEFENSIVE).borders("Germany", "France"))
                .organization("Concert", "Concert of Europe", "Germany", "AustriaHungary", "Russia", "France", "UnitedKingdom")
                .actor("BlackHand", a -> a.fullName("Black Hand").kind(ActorKind.ARMED_GROUP).targets("AustriaHungary").strength(0.01).sponsor("Serbia"))
                .dispute("AustriaHungary", "Serbia", "Bosnia")
                .rivalry("France", "Germany")
                .declaredThreat("France", "Germany", ThreatLevel.HIGH)
                .alliance("DualAlliance", t -> t.fullName("Dual Alliance").members("Germany", "AustriaHungary").signed(1879)
                        .defense(d -> d.against("Russia")))
                .alliance("FrancoRussian", t -> t.members("France", "Russia").signed(1894).defense(d -> d.against("Germany").forces(0.6)))
                .guarantee("ProtectorOfSerbia", t -> t.by("Russia").to("Serbia").defense())
                .guarantee("TreatyOfLondon", t -> t.by("UnitedKingdom").to("Belgium").signed(1839).defense())
                .entente("EntenteCordiale", t -> t.members("France", "UnitedKingdom").signed(1904).consultation())
                .event(Event.attack(1914, "AustriaHungary", "Serbia"))
                .event(Event.attack(1914, "Germany", "Belgium"))
                .expect(Expectation.inYear(1914, atWar("Germany", "Russia")))
                .expect(Expectation.inYear(1914, atWar("France", "Germany")))
                .expect(Expectation.inYear(1914, atWar("UnitedKingdom", "Germany")))
                .expect(Expectation.inYear(1915, atWar("Serbia", "Russia")).negate())
                .build();
    }
}
