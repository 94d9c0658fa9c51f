package org.entente.engine.war;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.trace.WarEntry;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.War;
import org.entente.engine.world.World;

/** {@code A annexes B} and {@code X collapses}: the state leaves the system; annexation hands its assets to the annexer. */
public final class Conquest {
    private Conquest() {}

    /** Moves b's capabilities, borders and memberships (treaties, organizations) to a; b ceases to exist. */
    public static void annex(World w, int a, int b) {
        if (a < 0 || b < 0 || a == b || !w.alive[a] || !w.alive[b]) return;
        w.military[a] += w.military[b];
        w.economy[a] += w.economy[b];
        w.population[a] += w.population[b];
        for (int o : new ArrayList<>(w.borders(b))) if (o != a) w.connect(a, o);
        for (TreatyState t : w.treaties) {
            replace(t.members, b, a, t.recipients);
            replace(t.recipients, b, a, t.members);
            w.treatyChanged(t);
        }
        for (List<Integer> org : w.organizations) replace(org, b, a, List.of());
        remove(w, b, w.names[a] + " annexes " + w.names[b]);
    }

    /** x ceases to exist: its borders, memberships and war sides go. */
    public static void collapse(World w, int x) {
        if (x < 0 || !w.alive[x]) return;
        for (TreatyState t : w.treaties) {
            t.members.remove(Integer.valueOf(x));
            t.recipients.remove(Integer.valueOf(x));
            w.treatyChanged(t);
        }
        for (List<Integer> org : w.organizations) org.remove(Integer.valueOf(x));
        remove(w, x, w.names[x] + " collapses");
    }

    private static void replace(List<Integer> list, int old, int by, List<Integer> otherRole) {
        int k = list.indexOf(old);
        if (k < 0) return;
        if (list.contains(by) || otherRole.contains(by)) list.remove(k);
        else list.set(k, by);
    }

    private static void remove(World w, int x, String why) {
        w.isolate(x);
        w.alive[x] = false;
        for (War war : new ArrayList<>(w.wars)) {
            war.leave(x);
            if (war.sideA.isEmpty() || war.sideB.isEmpty()) {
                w.wars.remove(war);
                String text = why + ": war #" + war.id + " ends";
                w.warEntries.add(new WarEntry(w.year, war.id, WarEntry.Kind.ENDS, w.names[x], null, text, List.of(text)));
            }
        }
    }
}
