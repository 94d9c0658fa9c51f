package org.entente.engine.war;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.engine.model.Clause;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.trace.WarEntry;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.War;
import org.entente.engine.world.World;

/**
 * Step 6: attacks and chain-ganging. One attack event is resolved completely, through a FIFO queue,
 * before the next event of the turn. Each attack (the event's, or a party entering, which counts as
 * attacking) breaches treaties between attacker and target, triggers the target's defense clauses and
 * the attacker's offense clauses; obligated parties are queued in treaty declaration order, then party order.
 */
public final class WarResolver {
    private final World w;
    /** Under the decision rule an attack only opens the war; entries are decided after the turn's events. */
    private final boolean openOnly;
    /** Scratch: per state, its first position among the targets of one declaration of war (-1: none). */
    private int[] position;

    private record Attack(int attacker, int target, War war, List<String> chain) {}

    public WarResolver(World w) { this(w, false); }

    /** @param openOnly true under the decision rule: attacks open wars and breach treaties, no treaty drags anyone in */
    public WarResolver(World w, boolean openOnly) { this.w = w; this.openOnly = openOnly; }

    /** {@code attacker attacks targets}: one new war, the attacker its initiator. */
    public void attack(int attacker, List<Integer> targets) {
        List<Integer> valid = new ArrayList<>();
        for (int t : targets) if (t >= 0 && t != attacker && w.alive[t] && !valid.contains(t)) valid.add(t);
        if (attacker < 0 || !w.alive[attacker] || valid.isEmpty()) return;
        War war = new War(w.nextWarId++, attacker, valid.get(0), w.year, w.n);
        for (int k = 1; k < valid.size(); k++) war.join(valid.get(k), -1);
        w.wars.add(war);
        declare(attacker, valid, war, "", List.of());
    }

    /**
     * {@code attacker} declares war on each target in {@code war}, in order: an entry of kind ATTACK (its chain
     * {@code before} and then the attack), the declaration, and the breaches or, without the decision rule, the
     * obligation queue resolved at once. The same for an opening and for a second front.
     */
    private void declare(int attacker, List<Integer> targets, War war, String suffix, List<String> before) {
        Deque<Attack> queue = new ArrayDeque<>();
        Set<Long> queued = new HashSet<>();
        for (int t : targets) {
            String text = w.names[attacker] + " attacks " + w.names[t] + suffix;
            List<String> chain = append(before, text);
            w.warEntries.add(new WarEntry(w.year, war.id, WarEntry.Kind.ATTACK, w.names[attacker], w.names[t], text, chain));
            war.declare(attacker, t);
            if (openOnly) breachTreatiesBetween(attacker, t, chain);
            else queue.add(new Attack(attacker, t, war, chain));
        }
        while (!queue.isEmpty()) process(queue.poll(), queue, queued);
    }

    /**
     * {@code attacker attacks targets alongside ally}: a second front of the newest running war the ally fights
     * (docs/semantics.md §1, "Attacks alongside"). The attacker joins the ally's side, each target not yet in
     * that war the other side, and each declaration is an attack as the opening's (entries, breaches, and without
     * the decision rule the same obligation queue). Returns a note for the event's text ("" when none).
     */
    public String attackAlongside(int attacker, List<Integer> targets, int ally) {
        if (attacker < 0 || !w.alive[attacker]) return "";
        War war = ally < 0 ? null : newestWarOf(ally);
        if (war == null) {
            attack(attacker, targets);
            return ally < 0 ? "" : " (opens a new war: " + w.names[ally] + " fights no war)";
        }
        int allySide = war.sideOf(ally);
        if (war.sideOf(attacker) == -allySide)
            return " (ignored: " + w.names[attacker] + " fights against " + w.names[ally] + " in war #" + war.id + ")";
        List<Integer> valid = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (int t : targets) {
            if (t < 0 || t == attacker || !w.alive[t] || valid.contains(t)) continue;
            if (war.sideOf(t) == allySide) { if (!ignored.contains(w.names[t])) ignored.add(w.names[t]); }
            else valid.add(t);
        }
        String note = ignored.isEmpty() ? "" : " (ignored: " + String.join(", ", ignored)
                + (ignored.size() == 1 ? " fights" : " fight") + " on " + w.names[ally] + "'s side in war #" + war.id + ")";
        if (valid.isEmpty()) return note;
        war.join(attacker, allySide);
        for (int t : valid) war.join(t, -allySide);
        declare(attacker, valid, war, " alongside " + w.names[ally], List.of(w.names[war.initiator] + " attacks " + w.names[war.target]));
        return note;
    }

    /** The newest running war in which s fights (wars are kept in order of opening), or null. */
    private War newestWarOf(int s) {
        for (int k = w.wars.size() - 1; k >= 0; k--) if (w.wars.get(k).sideOf(s) != 0) return w.wars.get(k);
        return null;
    }

    private void process(Attack a, Deque<Attack> queue, Set<Long> queued) {
        int y = a.attacker, x = a.target;
        War war = a.war;
        if (!w.alive[y] || !w.alive[x]) return;
        breachTreatiesBetween(y, x, a.chain);
        for (TreatyState t : w.treaties) {
            if (!t.inForce() || !t.defense || t.isParty(y)) continue;
            if (!t.protects(x)) continue;
            Clause c = triggeredDefense(t, x, y, war);
            if (c == null) continue;
            List<Integer> obligated = t.members; // other members, or the guarantors
            for (int z : new ArrayList<>(obligated)) {
                if (z == x) continue;
                String cause = w.names[z] + " enters against " + w.names[y] + ": " + t.def.name() + " defense of " + w.names[x];
                oblige(t, z, y, x, war, cause, a.chain, queue, queued);
                if (!t.inForce()) break;
            }
        }
        for (TreatyState t : w.treaties) {
            if (!t.inForce() || !t.offense || !t.isParty(y) || t.isParty(x)) continue;
            if (!offenseCovers(t, x)) continue;
            for (int z : new ArrayList<>(t.parties())) {
                if (z == y) continue;
                String cause = w.names[z] + " enters against " + w.names[x] + ": " + t.def.name() + " offense with " + w.names[y];
                oblige(t, z, x, y, war, cause, a.chain, queue, queued);
                if (!t.inForce()) break;
            }
        }
    }

    private Clause triggeredDefense(TreatyState t, int x, int y, War war) {
        for (Clause c : t.defenseClauses) {
            if (!c.covers(w.names[y])) continue;
            if (c.region() != null && !c.region().equals(w.region[x])) continue;
            if (c.unlessProvoked() && war.initiator == x) continue;
            return c;
        }
        return null;
    }

    private boolean offenseCovers(TreatyState t, int target) {
        for (Clause c : t.offenseClauses) if (c.against().contains(w.names[target])) return true;
        return false;
    }

    /**
     * Party z is obliged by t to fight enemy while enemy fights partner. A neutrality or nonaggression
     * obligation of z towards the enemy collides: the more recent treaty wins, the loser is breached.
     */
    private void oblige(TreatyState t, int z, int enemy, int partner, War war, String cause, List<String> chain,
                        Deque<Attack> queue, Set<Long> queued) {
        if (!w.alive[z] || z == enemy || w.atWar(z, enemy)) return;
        long key = (long) z * w.n + enemy;
        if (queued.contains(key)) return;
        if (war.sideOf(z) != 0 && war.sideOf(z) == war.sideOf(enemy)) {
            String text = w.names[z] + " stays out against " + w.names[enemy] + ": already fighting on its side (" + t.def.name() + ")";
            w.warEntries.add(new WarEntry(w.year, war.id, WarEntry.Kind.STAYS_OUT, w.names[z], w.names[enemy], text, append(chain, text)));
            return;
        }
        TreatyState newest = t;
        List<TreatyState> rivals = new ArrayList<>();
        for (TreatyState o : w.treaties) {
            if (o == t || !o.inForce() || !o.isParty(z) || !o.isParty(enemy)) continue;
            if (owesRestraint(o, partner)) {
                rivals.add(o);
                if (o.laterThan(newest)) newest = o;
            }
        }
        if (newest != t) {
            String text = w.names[z] + " stays out against " + w.names[enemy] + ": " + newest.def.name() + dated(newest)
                    + " prevails over " + t.def.name() + dated(t) + " (lex posterior)";
            w.warEntries.add(new WarEntry(w.year, war.id, WarEntry.Kind.STAYS_OUT, w.names[z], w.names[enemy], text, append(chain, text)));
            w.setStatus(t, TreatyStatus.BREACHED, w.names[z] + " did not honour it: " + newest.def.name() + " prevails (lex posterior)");
            return;
        }
        String text = rivals.isEmpty() ? cause : cause + " (prevails over " + names(rivals) + " by lex posterior)";
        queued.add(key);
        if (war.sideOf(z) == 0) war.join(z, -war.sideOf(enemy));
        List<String> newChain = append(chain, text);
        w.warEntries.add(new WarEntry(w.year, war.id, WarEntry.Kind.ENTERS, w.names[z], w.names[enemy], text, newChain));
        queue.add(new Attack(z, enemy, war, newChain));
    }

    /** Whether o obliges its parties to keep out of a war of a party against {@code partner}. */
    private boolean owesRestraint(TreatyState o, int partner) {
        if (o.nonaggression) return true;
        if (!o.neutrality) return false;
        for (Clause c : o.neutralityClauses) if (c.covers(w.names[partner])) return true;
        return false;
    }

    /** An attack between parties of a treaty with defense, neutrality or nonaggression breaches it. */
    public void breachTreatiesBetween(int attacker, int target, List<String> chain) {
        breachTreatiesBetween(attacker, target, chain, w.treaties);
    }

    /** The same, looking only at {@code candidates} (e.g. the attacker's own treaties, in declaration order). */
    public void breachTreatiesBetween(int attacker, int target, List<String> chain, List<TreatyState> candidates) {
        for (TreatyState t : candidates) {
            if (!t.softens() || !t.isParty(attacker) || !t.isParty(target)) continue;
            w.setStatus(t, TreatyStatus.BREACHED, w.names[attacker] + " attacked " + w.names[target] + " (" + chain.get(chain.size() - 1) + ")");
        }
    }

    /**
     * {@link #breachTreatiesBetween(int, int, List, List)} for each target in order, with the same changes
     * in the same order: each candidate that softens and binds the attacker is breached at its first party
     * among the targets. Found from the candidates' few parties, not by asking every candidate about every
     * target (an entrant into a world war declares war on hundreds of states).
     */
    public void breachTreatiesBetween(int attacker, List<Integer> targets, List<String> chain, List<TreatyState> candidates) {
        if (position == null) {
            position = new int[w.n];
            java.util.Arrays.fill(position, -1);
        }
        for (int k = targets.size() - 1; k >= 0; k--) position[targets.get(k)] = k; // the first occurrence wins
        long[] events = new long[candidates.size()];
        int count = 0;
        for (int c = 0; c < candidates.size(); c++) {
            TreatyState t = candidates.get(c);
            if (!t.softens() || !t.isParty(attacker)) continue;
            int first = Integer.MAX_VALUE;
            for (int y : t.members) if (position[y] >= 0) first = Math.min(first, position[y]);
            for (int y : t.recipients) if (position[y] >= 0) first = Math.min(first, position[y]);
            if (first != Integer.MAX_VALUE) events[count++] = ((long) first << 32) | c;
        }
        for (int x : targets) position[x] = -1;
        java.util.Arrays.sort(events, 0, count); // by target position, then candidate order
        for (int e = 0; e < count; e++) {
            TreatyState t = candidates.get((int) events[e]);
            if (!t.softens()) continue; // already breached at an earlier target (a candidate listed twice)
            int target = targets.get((int) (events[e] >>> 32));
            w.setStatus(t, TreatyStatus.BREACHED, w.names[attacker] + " attacked " + w.names[target] + " (" + chain.get(chain.size() - 1) + ")");
        }
    }

    /** {@code peace a, b}: ends every war in which a and b are on opposite sides. */
    public void peace(int a, int b) {
        if (a < 0 || b < 0) return;
        for (War war : new ArrayList<>(w.wars)) {
            if (!war.opposed(a, b)) continue;
            w.wars.remove(war);
            String text = "peace " + w.names[a] + ", " + w.names[b] + " ends war #" + war.id;
            w.warEntries.add(new WarEntry(w.year, war.id, WarEntry.Kind.PEACE, w.names[a], w.names[b], text, List.of(text)));
        }
    }

    private static String dated(TreatyState t) { return t.def.signed() == null ? "" : " (" + t.def.signed() + ")"; }

    private static String names(List<TreatyState> ts) {
        List<String> out = new ArrayList<>();
        for (TreatyState t : ts) out.add(t.def.name());
        return String.join(", ", out);
    }

    private static List<String> append(List<String> chain, String text) {
        List<String> out = new ArrayList<>(chain);
        out.add(text);
        return List.copyOf(out);
    }
}
