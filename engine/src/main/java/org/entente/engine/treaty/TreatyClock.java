package org.entente.engine.treaty;

import java.util.List;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.World;

/** Step 1 (first half): treaties whose signed year has come enter into force; those whose expiry has come expire. */
public final class TreatyClock {
    private TreatyClock() {}

    public static void advance(World w, int year, boolean firstTurn) {
        // the treaties this step can still change, in declaration order (World#calendar): a treaty that is neither
        // pending nor in force with an expiry is left alone below, this turn and every later one, and is dropped
        List<TreatyState> calendar = w.calendar();
        int kept = 0;
        for (int k = 0, size = calendar.size(); k < size; k++) {
            TreatyState t = calendar.get(k);
            // the years unboxed in the treaty's state, not read from its definition (docs/performance.md, "Simulation")
            boolean signed = t.hasSigned, expires = t.hasExpiry;
            if (t.status == TreatyStatus.PENDING && (!signed || t.signedYear <= year)) {
                String why = !signed || (firstTurn && t.signedYear < year) ? "in force from the start" : "signed " + t.signedYear;
                w.setStatus(t, TreatyStatus.IN_FORCE, why);
                t.commonThreatFixed = false;
            }
            if (expires && t.expiryYear <= year && (t.status == TreatyStatus.IN_FORCE || t.status == TreatyStatus.PENDING)) {
                w.setStatus(t, TreatyStatus.EXPIRED, "expires " + t.expiryYear);
            }
            if (t.status == TreatyStatus.PENDING || (t.status == TreatyStatus.IN_FORCE && expires)) calendar.set(kept++, t);
            else w.offCalendar(t);
        }
        calendar.subList(kept, calendar.size()).clear();
    }

    /** {@code X joins T}: X becomes a member (of a guarantee: a guarantor). */
    public static void join(World w, int state, TreatyState t) {
        if (state < 0 || t == null || t.isParty(state)) return;
        t.members.add(state);
        w.treatyChanged(t);
    }

    /** {@code X leaves T}: X is no longer a party. */
    public static void leave(World w, int state, TreatyState t) {
        if (state < 0 || t == null) return;
        t.members.remove(Integer.valueOf(state));
        t.recipients.remove(Integer.valueOf(state));
        w.treatyChanged(t);
    }
}
