package org.entente.engine.sim;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.model.Event;
import org.entente.engine.treaty.TreatyClock;
import org.entente.engine.war.Conquest;
import org.entente.engine.war.WarResolver;
import org.entente.engine.world.World;

/** Step 1 (second half): applies one scripted event; returns its description (noting ignored unknown names). */
final class EventApplier {
    private final World w;
    private final WarResolver wars;

    EventApplier(World w, boolean openOnly) { this.w = w; this.wars = new WarResolver(w, openOnly); }

    WarResolver wars() { return wars; }

    String apply(Event e) {
        // a state not yet in the state system takes no part in events (docs/semantics.md §1, "Entry")
        List<String> absent = new ArrayList<>();
        for (String name : e.states()) if (w.notYetEntered(w.indexOf(name)) && !absent.contains(name)) absent.add(name);
        if (!absent.isEmpty()) return e.describe() + " (ignored: " + String.join(", ", absent) + " not in the state system yet)";
        List<String> unknown = new ArrayList<>();
        String note = ""; // what became of an attack alongside an ally
        if (e instanceof Event.Attack a) {
            List<Integer> targets = new ArrayList<>();
            for (String t : a.targets()) targets.add(idx(t, unknown));
            int attacker = idx(a.attacker(), unknown);
            if (a.alongside() != null) {
                int ally = idx(a.alongside(), unknown);
                note = wars.attackAlongside(attacker, targets, ally);
            } else if (attacker >= 0) wars.attack(attacker, targets);
        } else if (e instanceof Event.Annex a) {
            int x = idx(a.annexer(), unknown), y = idx(a.annexed(), unknown);
            Conquest.annex(w, x, y);
        } else if (e instanceof Event.Collapse c) {
            Conquest.collapse(w, idx(c.state(), unknown));
        } else if (e instanceof Event.Arms a) {
            int x = idx(a.state(), unknown);
            if (x >= 0) {
                w.military[x] = Math.max(0, w.military[x] * (1 + a.fraction()));
                w.armedThisTurn[x] *= Math.max(0, 1 + a.fraction());
            }
        } else if (e instanceof Event.Join j) {
            int x = idx(j.state(), unknown);
            if (w.treaty(j.treaty()) == null) unknown.add(j.treaty());
            TreatyClock.join(w, x, w.treaty(j.treaty()));
        } else if (e instanceof Event.Leave l) {
            int x = idx(l.state(), unknown);
            if (w.treaty(l.treaty()) == null) unknown.add(l.treaty());
            TreatyClock.leave(w, x, w.treaty(l.treaty()));
        } else if (e instanceof Event.Peace p) {
            int a = idx(p.a(), unknown), b = idx(p.b(), unknown);
            wars.peace(a, b);
        }
        return (unknown.isEmpty() ? e.describe() : e.describe() + " (ignored unknown " + String.join(", ", unknown) + ")") + note;
    }

    private int idx(String name, List<String> unknown) {
        int k = w.indexOf(name);
        if (k < 0) unknown.add(name);
        return k;
    }
}
