package org.entente.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's answers the validator asks for: who pledges, who is protected, which clauses an attack breaches. */
class TreatyObligationsTest {
    @Test
    void anAllianceBindsAllItsPartiesBothWays() {
        Treaty t = Treaty.of("T", TreatyKind.ALLIANCE, b -> b.members("A", "B").defense());
        List<String> parties = List.of("A", "B", "C"); // C joined by an event
        assertThat(t.pledgers(parties)).containsExactly("A", "B", "C");
        assertThat(t.beneficiaries(parties)).containsExactly("A", "B", "C");
    }

    @Test
    void aGuaranteeIsOwedByItsGuarantorsToItsRecipients() {
        Treaty t = Treaty.of("G", TreatyKind.GUARANTEE, b -> b.by("A").to("X", "Y").defense());
        List<String> parties = List.of("A", "X", "Y", "J"); // J joined by an event: a guarantor
        assertThat(t.pledgers(parties)).containsExactly("A", "J");
        assertThat(t.beneficiaries(parties)).containsExactly("X", "Y");
    }

    @Test
    void anAttackBreachesDefenseNeutralityAndNonaggressionEachNamedOnce() {
        Treaty t = Treaty.of("T", TreatyKind.PACT, b -> b.members("A", "B").consultation().nonaggression()
                .defense().offense(o -> o.against("C")).nonaggression().neutrality());
        assertThat(t.restraints()).containsExactly(ClauseType.NONAGGRESSION, ClauseType.DEFENSE, ClauseType.NEUTRALITY);
        assertThat(Treaty.of("O", TreatyKind.ENTENTE, b -> b.members("A", "B").offense(o -> o.against("C")).consultation())
                .restraints()).isEmpty();
    }
}
