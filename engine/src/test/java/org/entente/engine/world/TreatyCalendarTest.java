package org.entente.engine.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.treaty.TreatyClock;

/**
 * The calendar, walking only the treaties it may still change ({@link World#calendar}), changes what a walk of
 * every treaty changes, in the same order and with the same words, whatever else changes statuses and parties in
 * between, including a status set back to pending or in force from outside the calendar; and the world's copy of
 * every status ({@link World#statuses}) is what a walk of the treaties reads (docs/performance.md).
 */
class TreatyCalendarTest {

    @Property(tries = 300)
    void theCalendarIsAWalkOfEveryTreaty(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        World calendar = TreatyIndexTest.randomWorld(new Random(seed)), walk = TreatyIndexTest.randomWorld(new Random(seed));
        Random changes = new Random(seed + 1), twin = new Random(seed + 1); // the same changes to both worlds
        for (int year = 1990; year <= 2010; year++) {
            calendar.year = year;
            walk.year = year;
            TreatyClock.advance(calendar, year, year == 1990);
            everyTreaty(walk, year, year == 1990);
            assertThat(calendar.treatyChanges).isEqualTo(walk.treatyChanges);
            for (int k = 0; k < walk.treaties.size(); k++) {
                assertThat(calendar.treaties.get(k).status).isEqualTo(walk.treaties.get(k).status);
                assertThat(calendar.treaties.get(k).commonThreatFixed).isEqualTo(walk.treaties.get(k).commonThreatFixed);
            }
            int n = changes.nextInt(4);
            twin.nextInt(4);
            for (; n > 0; n--) {
                change(calendar, changes);
                change(walk, twin);
            }
            // the world's copy of the statuses is the walk's
            assertThat(calendar.statuses()).containsExactly(calendar.treaties.stream().map(t -> t.status).toArray(TreatyStatus[]::new));
        }
    }

    /** The other steps' changes, and now and then a status set back (which no step of a run does). */
    private static void change(World w, Random r) {
        if (r.nextInt(8) > 0 || w.treaties.isEmpty()) {
            TreatyIndexTest.change(w, r);
            return;
        }
        TreatyState t = w.treaties.get(r.nextInt(w.treaties.size()));
        w.setStatus(t, r.nextBoolean() ? TreatyStatus.PENDING : TreatyStatus.IN_FORCE, "test");
    }

    /** The calendar as a walk of every treaty, every turn. */
    private static void everyTreaty(World w, int year, boolean firstTurn) {
        for (TreatyState t : w.treaties) {
            Integer signed = t.def.signed(), expires = t.def.expires();
            if (t.status == TreatyStatus.PENDING && (signed == null || signed <= year)) {
                String why = signed == null || (firstTurn && signed < year) ? "in force from the start" : "signed " + signed;
                w.setStatus(t, TreatyStatus.IN_FORCE, why);
                t.commonThreatFixed = false;
            }
            if (expires != null && expires <= year && (t.status == TreatyStatus.IN_FORCE || t.status == TreatyStatus.PENDING)) {
                w.setStatus(t, TreatyStatus.EXPIRED, "expires " + expires);
            }
        }
    }
}
