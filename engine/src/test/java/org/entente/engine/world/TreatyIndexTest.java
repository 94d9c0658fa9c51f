package org.entente.engine.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.treaty.TreatyClock;
import org.entente.engine.war.Conquest;

/**
 * The run's treaty index, brought up to date from the changes the world reports, answers what a walk of
 * every treaty answers, whatever changes come in whatever batches (the calendar, breaches and lapses, joins
 * and leaves, annexation and collapse); and an answer kept by a step does not change under it
 * (docs/performance.md, "Simulation").
 */
class TreatyIndexTest {

    @Property(tries = 300)
    void theIndexIsAWalkOfEveryTreaty(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        World w = randomWorld(r);
        TreatyIndex index = w.treatyIndex();
        for (int year = 1990; year <= 2010; year++) {
            TreatyClock.advance(w, year, year == 1990);
            int x = r.nextInt(w.n);
            List<TreatyState> kept = index.inForce(x), keptCopy = List.copyOf(kept);
            int[] keptPartners = index.softeningPartners(x), keptPartnersCopy = keptPartners.clone();
            int version = index.version();
            for (int changes = r.nextInt(4); changes > 0; changes--) change(w, r);
            if (r.nextInt(3) == 0) continue; // several batches of changes before the next question
            assertThat(index.inForce()).isEqualTo(inForce(w));
            for (int s = 0; s < w.n; s++) {
                assertThat(index.inForce(s)).as("treaties of %d", s).isEqualTo(treatiesOf(w, s, false));
                assertThat(index.inForceByParty().get(s)).isEqualTo(treatiesOf(w, s, false));
                assertThat(List.of(index.softening(s))).as("softening treaties of %d", s).isEqualTo(treatiesOf(w, s, true));
                assertThat(index.softeningPartners(s)).as("softening partners of %d", s).isEqualTo(softeningPartners(w, s));
                List<TreatyState> defense = new ArrayList<>();
                for (TreatyState t : treatiesOf(w, s, false)) if (t.defense) defense.add(t);
                assertThat(List.of(index.defense(s))).as("defense treaties of %d", s).isEqualTo(defense);
            }
            for (TreatyState t : w.treaties) {
                assertThat(index.parties(t.index)).as("parties of %s", t.def.name())
                        .isEqualTo(t.inForce() ? t.parties().stream().mapToInt(Integer::intValue).toArray() : null);
            }
            // a list that did not change is the one kept; what a step kept is what it saw
            if (!index.changedSince(x, version)) assertThat(index.inForce(x)).isSameAs(kept);
            assertThat(kept).isEqualTo(keptCopy);
            assertThat(keptPartners).isEqualTo(keptPartnersCopy);
        }
    }

    static void change(World w, Random r) {
        TreatyState t = w.treaties.isEmpty() ? null : w.treaties.get(r.nextInt(w.treaties.size()));
        int s = r.nextInt(w.n);
        switch (r.nextInt(7)) {
            case 0, 1 -> { if (t != null) w.setStatus(t, TreatyStatus.BREACHED, "test"); }
            case 2 -> { if (t != null) w.setStatus(t, TreatyStatus.IN_FORCE, "test"); }
            case 3 -> TreatyClock.join(w, s, t);
            case 4 -> TreatyClock.leave(w, s, t);
            case 5 -> { int a = r.nextInt(w.n); if (a != s && w.alive[a] && w.alive[s]) Conquest.annex(w, a, s); }
            default -> { if (r.nextInt(3) == 0) Conquest.collapse(w, s); }
        }
    }

    private static int[] inForce(World w) {
        return w.treaties.stream().filter(TreatyState::inForce).mapToInt(t -> t.index).toArray();
    }

    private static List<TreatyState> treatiesOf(World w, int s, boolean softening) {
        List<TreatyState> out = new ArrayList<>();
        for (TreatyState t : w.treaties) if (t.inForce() && t.parties().contains(s) && (!softening || t.softens())) out.add(t);
        return out;
    }

    private static int[] softeningPartners(World w, int s) {
        List<Integer> out = new ArrayList<>();
        for (TreatyState t : treatiesOf(w, s, true)) for (int j : t.parties()) if (j != s && !out.contains(j)) out.add(j);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    static World randomWorld(Random r) {
        return RandomTreatyWorlds.of(r, 12, 4, false);
    }
}
