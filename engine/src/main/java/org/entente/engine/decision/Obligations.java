package org.entente.engine.decision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.entente.engine.model.Clause;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.War;
import org.entente.engine.world.World;

/**
 * Casus foederis by sides (docs/semantics.md §6): which treaties oblige a state to join one side of a
 * war. A defense clause protecting X is triggered when X is on the defending side (attacked, or entered
 * in defence of the attacked) or, for a clause without {@code unless provoked}, when someone declared
 * war on X; the enemy must be covered by the clause, not a party of it, and X in its region. An offense
 * clause is triggered when a partner fights one of its named targets.
 */
public final class Obligations {
    private Obligations() {}

    /**
     * One triggered treaty.
     *
     * @param named    the triggered clause names its adversaries
     * @param defense  a defense clause (else offense)
     * @param partner  the ally the obligation is owed to
     * @param enemies  the states the obliged party would declare war on
     */
    public record Obligation(TreatyState treaty, boolean defense, boolean named, int partner, List<Integer> enemies) {
        /** @param enemies distinct states (an immutable copy is kept, which the chosen utility then shares) */
        public Obligation { enemies = List.copyOf(enemies); }
    }

    /** The treaties in force that oblige z to join side {@code side} of war, in treaty declaration order (one per treaty). */
    public static List<Obligation> of(World w, War war, int z, int side) { return of(w, war, z, side, w.treaties); }

    /** Same, reading only {@code treaties} (the treaties z is a party of, in declaration order). */
    public static List<Obligation> of(World w, War war, int z, int side, List<TreatyState> treaties) {
        return of(w, war, z, side, treaties, new LivingMembers(w));
    }

    /** @param living the living members of the war's sides, shared by the decisions of one round */
    static List<Obligation> of(World w, War war, int z, int side, List<TreatyState> treaties, LivingMembers living) {
        return of(w, war, z, side, treaties, living, null);
    }

    /**
     * @param round the treaties' obligations already found in this round (null: none kept); used only for a z
     *              outside the war, whose obligations do not depend on z ({@link Triggered})
     */
    static List<Obligation> of(World w, War war, int z, int side, List<TreatyState> treaties, LivingMembers living,
                               Triggered round) {
        List<Obligation> out = new ArrayList<>();
        List<Integer> friends = war.side(side), foes = war.side(-side);
        boolean shared = round != null && war.sideOf(z) == 0;
        for (TreatyState t : treaties) {
            if (!t.inForce() || !t.isMember(z)) continue;
            Obligation o = shared ? round.of(w, war, t, z, side, living) : triggered(w, war, t, z, friends, foes, living);
            if (o != null) out.add(o);
        }
        return out;
    }

    /** What treaty t, in force with z a member, obliges z to on side {@code friends} of the war; null nothing. */
    private static Obligation triggered(World w, War war, TreatyState t, int z, List<Integer> friends, List<Integer> foes,
                                        LivingMembers living) {
        Obligation o = t.defense ? defense(w, war, t, z, friends, foes, living) : null;
        if (o == null && t.offense) o = offense(w, t, z, friends, foes);
        return o;
    }

    /**
     * The obligation each treaty gives towards each side of a war in one round, found once and shared by every
     * party that decides (docs/performance.md, "Obligations once per round"). For a z that fights on neither
     * side, what a treaty obliges it to depends on z not at all: z is skipped among the treaty's parties on the
     * sides ({@link Obligations#defense}, {@link Obligations#offense}), and it is on none of them. Everything else the answer reads
     * (the sides, the declarations, who lives, the treaties' parties) is fixed within a round: sides grow, war
     * is declared and treaties are breached only when the round's entrants enter, after every decision. One
     * instance serves one round's decider.
     */
    static final class Triggered {
        /** Marks a treaty that obliges nothing towards a side. */
        private static final Obligation NONE = new Obligation(null, false, false, -1, List.of());
        private final java.util.IdentityHashMap<War, Obligation[]> byWar = new java.util.IdentityHashMap<>();

        /** {@link Obligations#triggered} for z, which fights on neither side of the war, kept per war, side and treaty. */
        Obligation of(World w, War war, TreatyState t, int z, int side, LivingMembers living) {
            Obligation[] kept = byWar.get(war);
            if (kept == null) byWar.put(war, kept = new Obligation[2 * w.treaties.size()]);
            int slot = 2 * t.index + (side > 0 ? 0 : 1);
            Obligation o = kept[slot];
            if (o == null) {
                List<Integer> friends = war.side(side), foes = war.side(-side);
                o = t.defense ? defense(w, war, t, z, friends, foes, living) : null;
                if (o == null && t.offense) o = offense(w, war, t, z, side, w.uniqueNames);
                kept[slot] = o == null ? NONE : o;
            }
            return o == NONE ? null : o;
        }
    }

    /**
     * One commitment per ally (docs/semantics.md §6a): the index of the obligation that counts instead of
     * obligation {@code k}, owed to the same partner with a larger reliability logit (equal: the earlier
     * treaty), or -1 when {@code k} counts.
     */
    public static int strongerToSamePartner(List<Obligation> obligations, double[] logits, int k) {
        int best = -1;
        for (int m = 0; m < obligations.size(); m++) {
            if (m == k || obligations.get(m).partner() != obligations.get(k).partner()) continue;
            if (logits[m] > logits[k] || (logits[m] == logits[k] && m < k)) {
                if (best < 0 || logits[m] > logits[best]) best = m;
            }
        }
        return best;
    }

    static Obligation defense(World w, War war, TreatyState t, int z, List<Integer> friends, List<Integer> foes) {
        return defense(w, war, t, z, friends, foes, new LivingMembers(w));
    }

    static Obligation defense(World w, War war, TreatyState t, int z, List<Integer> friends, List<Integer> foes, LivingMembers living) {
        // the treaty's protected parties on the friendly side, in the side's order: the same states as scanning
        // the side for them, found from the treaty's few parties (a side has hundreds of states)
        int friendly = friends == war.sideA ? 1 : -1;
        int[] allies = onSide(war, t.def.isGuarantee() ? t.recipients : t.members, null, friendly);
        int[] partiesOpposite = onSide(war, t.members, t.recipients, -friendly);
        List<List<Integer>> coveredByClause = null; // per clause, made when first needed: it does not depend on the ally
        for (int x : allies) {
            if (x == z) continue;
            boolean defending = war.sideOf(x) == war.targetSide();
            for (int ci = 0; ci < t.defenseClauses.size(); ci++) {
                Clause c = t.defenseClauses.get(ci);
                if (c.region() != null && !c.region().equals(w.region[x])) continue;
                if (c.unlessProvoked() && !defending) continue;
                // the covered foes that declared war on x, found from x's few attackers; attacking ⊆ covered
                List<Integer> attacking = attacking(w, war, x, -friendly, partiesOpposite, c);
                if (!attacking.isEmpty()) return new Obligation(t, true, !c.against().isEmpty(), x, attacking);
                if (!defending) continue;
                if (coveredByClause == null) coveredByClause = new ArrayList<>(java.util.Collections.nCopies(t.defenseClauses.size(), null));
                List<Integer> covered = coveredByClause.get(ci);
                if (covered == null) {
                    // a clause against everyone, no party opposite: every living foe, listed once per side and round
                    covered = c.against().isEmpty() && partiesOpposite.length == 0 ? living.of(foes) : covered(w, foes, partiesOpposite, c);
                    coveredByClause.set(ci, covered);
                }
                if (covered.isEmpty()) continue;
                return new Obligation(t, true, !c.against().isEmpty(), x, covered);
            }
        }
        return null;
    }

    /**
     * The living members of a side, in the side's order, as an immutable list made once per side list (a
     * decider lives one round, in which sides do not change and nobody dies): the covered foes of every
     * clause against everyone, hundreds of states, shared by the obligations and utilities that name them.
     */
    static final class LivingMembers {
        private final World w;
        private final java.util.IdentityHashMap<List<Integer>, List<Integer>> bySide = new java.util.IdentityHashMap<>();

        LivingMembers(World w) { this.w = w; }

        List<Integer> of(List<Integer> side) {
            List<Integer> out = bySide.get(side);
            if (out == null) {
                List<Integer> living = new ArrayList<>(side.size());
                for (int k = 0, size = side.size(); k < size; k++) { Integer x = side.get(k); if (w.alive[x]) living.add(x); }
                bySide.put(side, out = List.copyOf(living));
            }
            return out;
        }
    }

    /** The living foes that are no party opposite and that the clause covers, in the side's order. */
    static List<Integer> covered(World w, List<Integer> foes, int[] partiesOpposite, Clause c) {
        List<Integer> covered = new ArrayList<>();
        boolean everyone = c.against().isEmpty();
        for (int k = 0, size = foes.size(); k < size; k++) {
            Integer foe = foes.get(k); // the side's own boxes: hundreds of foes, no new Integer each
            int y = foe;
            if (!w.alive[y] || contains(partiesOpposite, y) || !(everyone || c.covers(w.names[y]))) continue;
            covered.add(foe);
        }
        return covered;
    }

    /**
     * The states of {@link #covered} that declared war on x in this war, in the side's order: x's attackers
     * on the foes' side {@code foeSign}, filtered like the covered foes and sorted by joining order (the
     * order of the side's list), instead of a scan of the side (docs/performance.md, "Simulation").
     */
    static List<Integer> attacking(World w, War war, int x, int foeSign, int[] partiesOpposite, Clause c) {
        List<Integer> attackers = war.attackersOf(x);
        if (attackers.isEmpty()) return List.of();
        List<Integer> out = new ArrayList<>(attackers.size());
        for (int y : attackers) {
            if (war.sideOf(y) != foeSign || !w.alive[y] || contains(partiesOpposite, y) || !c.covers(w.names[y])) continue;
            out.add(y);
        }
        out.sort(war::compareJoined);
        return out;
    }

    /** The distinct states of the lists that fight on side {@code sign} of the war, in the side's order. */
    static int[] onSide(War war, List<Integer> first, List<Integer> second, int sign) {
        int count = 0;
        int size = first.size() + (second == null ? 0 : second.size());
        int[] out = new int[size];
        for (int k = 0; k < size; k++) {
            int x = k < first.size() ? first.get(k) : second.get(k - first.size());
            if (war.sideOf(x) == sign && !contains(out, count, x)) out[count++] = x;
        }
        // insertion sort by joining order: a treaty has a handful of parties
        for (int a = 1; a < count; a++) {
            int x = out[a], b = a - 1;
            for (; b >= 0 && war.compareJoined(out[b], x) > 0; b--) out[b + 1] = out[b];
            out[b + 1] = x;
        }
        return count == size ? out : java.util.Arrays.copyOf(out, count);
    }

    private static boolean contains(int[] a, int y) { return contains(a, a.length, y); }

    private static boolean contains(int[] a, int length, int y) {
        for (int k = 0; k < length; k++) if (a[k] == y) return true;
        return false;
    }

    /**
     * {@link #offense(World, TreatyState, int, List, List)} found from the treaty's few parties and the clause's few
     * names instead of scans of both sides: the partner is the treaty's first party on the side (in the side's
     * order) other than z, since the targets do not depend on the partner; a clause's targets are the named states
     * that fight on the other side, live and are no party, in the side's order. With {@code byName} false (two
     * states share a name) the targets are found by scanning the foes, as there.
     */
    static Obligation offense(World w, War war, TreatyState t, int z, int side, boolean byName) {
        int partner = -1;
        for (int x : onSide(war, t.members, t.recipients, side)) if (x != z) { partner = x; break; }
        if (partner < 0) return null;
        List<Integer> foes = war.side(-side);
        for (Clause c : t.offenseClauses) {
            List<Integer> targets = new ArrayList<>();
            if (byName) {
                for (String name : c.against()) {
                    int x = w.indexOf(name);
                    if (x >= 0 && war.sideOf(x) == -side && w.alive[x] && !t.isParty(x) && !targets.contains(x)) targets.add(x);
                }
                targets.sort(war::compareJoined);
            } else {
                for (int x : foes) if (w.alive[x] && !t.isParty(x) && c.against().contains(w.names[x])) targets.add(x);
            }
            if (!targets.isEmpty()) return new Obligation(t, false, true, partner, targets);
        }
        return null;
    }

    private static Obligation offense(World w, TreatyState t, int z, List<Integer> friends, List<Integer> foes) {
        for (int y : friends) {
            if (y == z || !t.isParty(y)) continue;
            for (Clause c : t.offenseClauses) {
                List<Integer> targets = new ArrayList<>();
                for (int x : foes) if (w.alive[x] && !t.isParty(x) && c.against().contains(w.names[x])) targets.add(x);
                if (!targets.isEmpty()) return new Obligation(t, false, true, y, targets);
            }
        }
        return null;
    }
}
