package org.entente.engine.threat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.entente.engine.model.PostureKind;
import org.entente.engine.model.Settings;
import org.entente.engine.world.HopDistances;
import org.entente.engine.world.TreatyIndex;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.War;
import org.entente.engine.world.World;

/**
 * Step 3: Walt's threat T(i,j) = wP·rel(j) + wX·prox(i,j) + wO·off(j) + wI·intent(j), then the additive
 * modifiers (ideology ±0.1, dispute +0.15, rivalry +0.1), then the multiplicative ones (treaty ×0.5,
 * bandwagoned last turn ×0.5), then the clamp to [0,1]. A declared threat replaces the result; war
 * makes it 1.0. {@link #score} (fast, no allocation) and {@link #breakdown} follow the same arithmetic.
 */
public final class ThreatModel {
    public static final double IDEOLOGY = 0.1, DISPUTE = 0.15, RIVALRY = 0.1, TREATY_FACTOR = 0.5, BANDWAGON_FACTOR = 0.5;
    /** The modifiers whose label and amount never vary, shared by every breakdown (records are immutable). */
    private static final Modifier OPPOSED = new Modifier("opposed ideologies", Modifier.Kind.ADD, IDEOLOGY),
            SAME = new Modifier("same ideology", Modifier.Kind.ADD, -IDEOLOGY),
            RIVAL = new Modifier("rivalry", Modifier.Kind.ADD, RIVALRY),
            BANDWAGONED = new Modifier("bandwagoned last turn", Modifier.Kind.MULTIPLY, BANDWAGON_FACTOR),
            AT_WAR = new Modifier("at war", Modifier.Kind.REPLACE, 1.0);
    private static final int F_DISPUTE = 1, F_RIVAL = 2, F_TREATY = 4, F_BANDWAGON = 8, F_DECLARED = 16;

    private final World w;
    private final PowerTable p;
    private final Settings s;
    private final double[] base;
    /** wX·prox by hop distance, indexed by hops + 1: unreachable (-1) and self (0) give 0. */
    private final double[] proximityTerm;
    /** wX·prox(d) for every hop distance d (−1 … n), indexed by d + 1: {@link #computed}'s term without a division per pair. */
    private final double[] weightedProximity;
    /** Per state: its softening treaties in force, as the model last saw them ({@link TreatyIndex#softening}). */
    private final TreatyState[][] softeningTreaties;
    private final TreatyIndex index;
    /** The index's version the model last saw. */
    private int indexVersion;
    /** Per state, how many times {@link #refreshTreaties} redid its softening treaties (see {@link #observerVersion}). */
    private final int[] observerVersion;
    private final PairModifiers modifiers;
    private final byte[] flags;
    private final double[] declaredValue;
    private final int[] touched;
    private int touchedCount;
    private final boolean[] inTouched;
    private int prepared = -1;
    /** The ideology term of the prepared observer against each ideology ({@link #ideologyRow}). */
    private final double[] observerIdeology;
    /**
     * The wars of the prepared observer and its side in each: whether j is an enemy is asked of these
     * (O(its wars)) rather than flagged for every enemy (a world war gives each observer 500).
     */
    private War[] observerWars = new War[4];
    private int[] observerSides = new int[4];
    private int observerWarCount;
    /** The largest score the prepared observer can give: 1, or a larger declared threat. */
    private double observerMax;
    /**
     * The enemies of the prepared observer marked with {@link #enemyStamp} ({@link #markEnemies}): whether j is an
     * enemy is then one lookup, not a walk of the observer's wars; valid while {@link #enemiesMarked}.
     */
    private int[] enemyMark;
    private int enemyStamp;
    private boolean enemiesMarked;

    public ThreatModel(World w, PowerTable p) {
        this.w = w;
        this.p = p;
        this.s = w.settings;
        int n = w.n;
        base = new double[n];
        for (int j = 0; j < n; j++) {
            base[j] = s.powerWeight() * p.rel[j] + s.offensiveWeight() * p.off[j] + s.intentWeight() * w.intent[j];
        }
        // from the run's treaty index: arrays replaced when they change, so this model keeps what it saw
        index = w.treatyIndex();
        indexVersion = index.version();
        softeningTreaties = new TreatyState[n][];
        int[][] partners = new int[n][];
        for (int i = 0; i < n; i++) {
            softeningTreaties[i] = index.softening(i);
            partners[i] = index.softeningPartners(i);
        }
        modifiers = new PairModifiers(w, partners);
        proximityTerm = new double[n + 2];
        for (int d = 1; d <= n; d++) proximityTerm[d + 1] = s.proximityWeight() * proximity(d);
        weightedProximity = new double[n + 2];
        for (int d = -1; d <= n; d++) weightedProximity[d + 1] = s.proximityWeight() * proximity(d);
        flags = new byte[n];
        observerIdeology = new double[w.opposedIdeologies.length + 1];
        declaredValue = new double[n];
        touched = new int[n];
        inTouched = new boolean[n];
        observerVersion = new int[n];
    }

    /**
     * Brings the model up to what a new one would be after wars changed and treaties stopped or started
     * softening (the entrants' breaches between two rounds of decisions, docs/semantics.md §6): the
     * softening treaties and partners of the parties of changed treaties are redone, the rest is kept
     * (power, intent, disputes, rivalries and declared threats do not change within a turn's decisions).
     */
    public void refreshTreaties() {
        prepared = -1;
        enemiesMarked = false;
        int version = index.version();
        if (version == indexVersion) return;
        for (int m = 0; m < w.n; m++) {
            if (!index.changedSince(m, indexVersion)) continue;
            softeningTreaties[m] = index.softening(m);
            modifiers.treatyPartners[m] = index.softeningPartners(m);
            observerVersion[m]++;
        }
        indexVersion = version;
    }

    /**
     * A count that changes whenever this model may have changed what it answers for observer i: the only
     * per-observer input that {@link #refreshTreaties} redoes is i's softening treaties (power, intent,
     * disputes, rivalries, declared threats and last turn's postures are fixed for the model's life). What
     * i's wars make it answer ({@link #atWar}, {@link #replaced}) is not counted here.
     */
    public int observerVersion(int i) { return observerVersion[i]; }

    public static double clamp(double v) { return v < 0 ? 0 : (v > 1 ? 1 : v); }

    /** Result of the all-pairs pass: primary threat per state (-1 none) and its score. */
    public record Primaries(int[] primary, double[] value) {}

    /** Computes every T(i,j) of living pairs and keeps the largest per i (ties: declaration order). */
    public Primaries primaries() {
        int n = w.n;
        int[] primary = new int[n];
        double[] value = new double[n];
        Arrays.fill(primary, -1);
        HopDistances h = w.hops();
        int[] hops = h.raw();
        double[] prox = proximityTerm;
        boolean[] alive = w.alive;
        int[] ideo = w.ideology;
        // locals, not fields, in the loop: the JIT can then hoist the loads and range checks past the slow-path call
        byte[] flags = this.flags;
        double[] base = this.base;
        double[] ideoRow = new double[w.opposedIdeologies.length + 1];
        for (int i = 0; i < n; i++) {
            if (!alive[i]) continue;
            prepare(i);
            ideologyRow(w, i, ideoRow);
            int row = h.row(i);
            int best = -1;
            double bestV = -1;
            boolean atWar = observerWarCount > 0;
            double max = observerMax;
            if (!atWar) {
                // a state at peace looks at the states most likely to threaten it first (docs/performance.md)
                int found = largestAtPeace(i, row, ideoRow);
                primary[i] = found;
                value[i] = found < 0 ? 0 : foundValue;
                continue;
            }
            for (int j = 0; j < n; j++) {
                if (j == i || !alive[j]) continue;
                double t;
                if (flags[j] == 0 && !(atWar && enemy(j))) {
                    t = base[j] + prox[hops[row + j] + 1] + ideoRow[ideo[j] + 1];
                    // the clamp without branches; same result as clamp(t) here (t is never -0.0)
                    t = Math.min(Math.max(t, 0), 1);
                } else {
                    t = score(i, j);
                }
                if (t > bestV) {
                    bestV = t;
                    best = j;
                    // nothing later can score higher (ties keep the first): a state at war stops at its first enemy
                    if (bestV >= max) break;
                }
            }
            primary[i] = best;
            value[i] = best < 0 ? 0 : bestV;
        }
        return new Primaries(primary, value);
    }

    /** The states by their per-target term, largest first ({@link #largestAtPeace}); made when first needed. */
    private int[] byBase;
    /** The largest of {@link #proximityTerm} beyond one hop (the neighbours are scored before the sweep). */
    private double proximityMax;
    /** The threat {@link #largestAtPeace} found. */
    private double foundValue;

    /**
     * The primary threat of the prepared observer i, at war with nobody: the j of the largest T(i,j), the lowest
     * index among equals, as the pass over every j in index order finds it, with its value in {@link #foundValue}
     * (-1 when no state lives). The states flagged with a modifier that can raise T (dispute, rivalry, a declared
     * threat) are scored first, then the neighbours (one hop away); then the others in order of their per-target term,
     * largest first, until one's bound, the term plus the largest proximity term beyond one hop and the largest
     * ideology term, is below the best value so far: its T cannot reach it
     * (additions and the clamp never decrease when an operand grows, also when rounded; halving does not raise a
     * clamped value, {@link #onlyHalved}), and the later states' bounds are no larger. Each T looked at is the
     * same arithmetic as the full pass, so the value and the state are the same (PrimariesTest). Most of a thousand
     * states are weak and far, so a state at peace looks at a few dozen instead of every one.
     */
    private int largestAtPeace(int i, int row, double[] ideoRow) {
        int n = w.n;
        if (byBase == null) {
            byBase = DescendingOrder.of(base);
            double m = 0;
            for (int d = 2; d <= n; d++) m = Math.max(m, proximityTerm[d + 1]);
            proximityMax = m;
        }
        boolean[] alive = w.alive;
        byte[] flags = this.flags;
        double[] base = this.base;
        int[] hops = w.hops().raw();
        int best = -1;
        double bestV = -1;
        for (int k = 0; k < touchedCount; k++) {
            int j = touched[k];
            if (j == i || !alive[j] || onlyHalved(flags[j])) continue;
            double t = score(i, j);
            if (t > bestV || (t == bestV && j < best)) { bestV = t; best = j; }
        }
        // the neighbours next, the states one hop away: the sweep's bound then needs only the proximity of two hops
        for (int j : w.borderArray(i)) {
            if (j == i || !alive[j] || hops[row + j] != 1) continue;
            double t = sweepScore(i, j, hops[row + j], ideoRow);
            if (Double.isNaN(t)) continue; // scored above
            if (t > bestV || (t == bestV && j < best)) { bestV = t; best = j; }
        }
        double ideoMax = 0;
        for (double v : ideoRow) ideoMax = Math.max(ideoMax, v);
        double reach = proximityMax;
        for (int k = 0; k < n; k++) {
            int j = byBase[k];
            double bound = Math.min(Math.max(base[j] + reach + ideoMax, 0), 1);
            if (bound < bestV) break;
            if (j == i || !alive[j] || hops[row + j] == 1) continue;
            double t = sweepScore(i, j, hops[row + j], ideoRow);
            if (Double.isNaN(t)) continue; // scored above
            if (t > bestV || (t == bestV && j < best)) { bestV = t; best = j; }
        }
        foundValue = bestV;
        return best;
    }

    /**
     * T(i,j) of a state {@link #largestAtPeace} reaches after the flagged states that can raise T: the unflagged sum
     * clamped (the same arithmetic as {@link #score}), the full score of a state whose flags only halve T, NaN for a
     * state already scored ahead.
     */
    private double sweepScore(int i, int j, int hop, double[] ideoRow) {
        int f = flags[j];
        if (f == 0) {
            double t = base[j] + proximityTerm[hop + 1] + ideoRow[w.ideology[j] + 1];
            return Math.min(Math.max(t, 0), 1);
        }
        return onlyHalved(f) ? score(i, j) : Double.NaN;
    }

    /**
     * Flags {@code f} only halve the threat (a softening treaty, bandwagoning): such a state's T is no more than its
     * unflagged bound ({@link #largestAtPeace}; halving a sum at or below the bound, then the clamp, cannot exceed the
     * clamped bound), so it is scored in the bounded sweep, not ahead of it. Most of an observer's two dozen flagged
     * states are treaty partners, and the sweep reaches few of them (docs/performance.md, "Simulation").
     */
    private static boolean onlyHalved(int f) { return f != 0 && (f & ~(F_TREATY | F_BANDWAGON)) == 0; }

    /** Sets up the per-observer modifier flags for i; called automatically by score/breakdown. */
    public void prepare(int i) {
        // the check apart from the set-up, so that it inlines into score, computed and replaced, which a side scan
        // calls for each of hundreds of members with the observer already prepared (docs/performance.md)
        if (prepared != i) prepareObserver(i);
    }

    private void prepareObserver(int i) {
        enemiesMarked = false;
        for (int k = 0; k < touchedCount; k++) {
            int j = touched[k];
            flags[j] = 0;
            inTouched[j] = false;
        }
        touchedCount = 0;
        ideologyRow(w, i, observerIdeology);
        for (int j : modifiers.disputes[i]) flag(j, F_DISPUTE);
        for (int j : modifiers.rivals[i]) flag(j, F_RIVAL);
        for (int j : modifiers.treatyPartners[i]) flag(j, F_TREATY);
        if (w.lastPosture[i] == PostureKind.BANDWAGON && w.lastTarget[i] >= 0) flag(w.lastTarget[i], F_BANDWAGON);
        int[] declared = modifiers.declared[i];
        observerMax = 1.0;
        for (int k = 0; k < declared.length; k++) {
            flag(declared[k], F_DECLARED);
            declaredValue[declared[k]] = modifiers.declaredValue[i][k];
            observerMax = Math.max(observerMax, modifiers.declaredValue[i][k]);
        }
        // O(wars), not O(enemies): this runs for every observer every turn
        observerWarCount = 0;
        for (War war : w.wars) {
            int side = war.sideOf(i);
            if (side == 0) continue;
            if (observerWarCount == observerWars.length) {
                observerWars = Arrays.copyOf(observerWars, 2 * observerWarCount);
                observerSides = Arrays.copyOf(observerSides, 2 * observerWarCount);
            }
            observerWars[observerWarCount] = war;
            observerSides[observerWarCount++] = side;
        }
        prepared = i;
    }

    /**
     * Marks every enemy of observer i, so that whether j is one ({@link #atWar}, {@link #replaced}, {@link #score}) is
     * one lookup until another observer is prepared, the treaties are refreshed or {@link #unmarkEnemies} is called.
     * The marks are what i's wars' sides are now: the caller keeps the wars unchanged meanwhile (one decision asks
     * this for each of the war sides' hundreds of members; docs/performance.md, "Side scans continued"). Nothing is
     * marked for an observer in fewer than two wars: one war's side is one lookup already.
     */
    public void markEnemies(int i) {
        prepare(i);
        if (observerWarCount < 2) return;
        if (enemyMark == null) enemyMark = new int[w.n];
        if (++enemyStamp == 0) { Arrays.fill(enemyMark, 0); enemyStamp = 1; }
        for (int k = 0; k < observerWarCount; k++) {
            War war = observerWars[k];
            int sign = -observerSides[k];
            int[] members = war.members(sign);
            for (int m = 0, size = war.side(sign).size(); m < size; m++) enemyMark[members[m]] = enemyStamp;
        }
        enemiesMarked = true;
    }

    /** Ends {@link #markEnemies}: the wars may change from here. */
    public void unmarkEnemies() { enemiesMarked = false; }

    /** j fights on the other side of a war of the prepared observer. */
    private boolean enemy(int j) {
        if (enemiesMarked) return enemyMark[j] == enemyStamp;
        for (int k = 0; k < observerWarCount; k++) if (observerWars[k].sideOf(j) == -observerSides[k]) return true;
        return false;
    }

    private void flag(int j, int f) {
        if (!inTouched[j]) { inTouched[j] = true; touched[touchedCount++] = j; }
        flags[j] |= f;
    }

    /** T(i,j) as a number. */
    public double score(int i, int j) {
        prepare(i);
        int f = flags[j];
        if (observerWarCount > 0 && enemy(j)) return 1.0;
        if ((f & F_DECLARED) != 0) return declaredValue[j];
        HopDistances h = w.hops();
        return computed(i, j, h.raw()[h.row(i) + j]);
    }

    /**
     * {@link #score} of one pair, without preparing observer i when another one is prepared: the pair's flags,
     * war and declared value read from i's own lists as {@link #breakdown} reads them. The alignment rule asks
     * this of each aligned state and its target in turn, and preparing each of them flagged every softening-treaty
     * partner for one pair (docs/performance.md, "Simulation"). The same value as {@link #score}, same arithmetic.
     */
    public double pairScore(int i, int j) {
        if (prepared == i) return score(i, j);
        if (enemyOf(i, j)) return 1.0;
        int f = pairFlags(i, j);
        if ((f & F_DECLARED) != 0) return declaredOf(i, j);
        HopDistances h = w.hops();
        return clamp(modified(base[j] + weightedProximity[h.raw()[h.row(i) + j] + 1] + ideologyOf(w, i, j), f));
    }

    /**
     * T(i,j) when it is not {@link #replaced}, from the hop distance {@code hops} = hops(i, j) the caller has
     * already read: the computed branch of {@link #score}, same arithmetic.
     */
    public double computed(int i, int j, int hops) {
        prepare(i);
        int f = flags[j];
        return clamp(modified(base[j] + weightedProximity[hops + 1] + ideology(i, j), f));
    }

    /** The pair modifiers of flags {@code f} applied to the unmodified threat t, in the one order both scores use. */
    private static double modified(double t, int f) {
        if (f != 0) {
            if ((f & F_DISPUTE) != 0) t += DISPUTE;
            if ((f & F_RIVAL) != 0) t += RIVALRY;
            if ((f & F_TREATY) != 0) t *= TREATY_FACTOR;
            if ((f & F_BANDWAGON) != 0) t *= BANDWAGON_FACTOR;
        }
        return t;
    }

    /** i and j fight on opposite sides of a war ({@link World#atWar}), asked of i's few wars. */
    public boolean atWar(int i, int j) {
        prepare(i);
        return observerWarCount > 0 && enemy(j);
    }

    /** T(i,j) is replaced rather than computed: i and j are at war, or i declared a threat from j. */
    public boolean replaced(int i, int j) {
        prepare(i);
        return (flags[j] & F_DECLARED) != 0 || (observerWarCount > 0 && enemy(j));
    }

    /** T(i,j) with every term and modifier. Same arithmetic as {@link #score}. */
    public ThreatBreakdown breakdown(int i, int j) {
        // a state record asks for one pair (its primary threat) of an observer the model has mostly not prepared: the
        // pair's modifiers from the observer's own lists, not every partner of the observer flagged for one of them
        // (docs/performance.md, "Simulation"); the same answers as a prepared observer's, and nothing prepared changes
        boolean ready = prepared == i;
        int f = ready ? flags[j] : pairFlags(i, j);
        int hops = w.hops().hops(i, j);
        double prox = proximity(hops);
        double rel = p.rel[j], off = p.off[j], intent = w.intent[j];
        double t = base[j] + s.proximityWeight() * prox;
        List<Modifier> mods = new ArrayList<>();
        double ideo = ready ? ideology(i, j) : ideologyOf(w, i, j);
        t += ideo;
        if (ideo > 0) mods.add(OPPOSED);
        if (ideo < 0) mods.add(SAME);
        if ((f & F_DISPUTE) != 0) {
            t += DISPUTE;
            String label = w.disputes.get(i).get(j);
            mods.add(new Modifier(label == null || label.isEmpty() ? "dispute" : "dispute " + label, Modifier.Kind.ADD, DISPUTE));
        }
        if ((f & F_RIVAL) != 0) { t += RIVALRY; mods.add(RIVAL); }
        if ((f & F_TREATY) != 0) {
            t *= TREATY_FACTOR;
            mods.add(new Modifier("treaty " + softeningTreaty(i, j), Modifier.Kind.MULTIPLY, TREATY_FACTOR));
        }
        if ((f & F_BANDWAGON) != 0) {
            t *= BANDWAGON_FACTOR;
            mods.add(BANDWAGONED);
        }
        double raw = t;
        double value = clamp(t);
        ThreatBreakdown.Source src = ThreatBreakdown.Source.COMPUTED;
        if ((f & F_DECLARED) != 0) {
            value = ready ? declaredValue[j] : declaredOf(i, j);
            src = ThreatBreakdown.Source.DECLARED;
            mods.add(new Modifier("declared threat", Modifier.Kind.REPLACE, value));
        }
        if (ready ? enemy(j) : enemyOf(i, j)) {
            value = 1.0;
            src = ThreatBreakdown.Source.WAR;
            mods.add(AT_WAR);
        }
        return new ThreatBreakdown(w.names[i], w.names[j], rel, s.powerWeight() * rel, hops, prox,
                s.proximityWeight() * prox, off, s.offensiveWeight() * off, intent, s.intentWeight() * intent,
                mods, raw, value, src);
    }

    /** What {@link #prepare} would flag for the pair (i, j), from i's lists: the same bits. */
    private int pairFlags(int i, int j) {
        int f = 0;
        if (contains(modifiers.disputes[i], j)) f |= F_DISPUTE;
        if (contains(modifiers.rivals[i], j)) f |= F_RIVAL;
        if (contains(modifiers.treatyPartners[i], j)) f |= F_TREATY;
        if (w.lastPosture[i] == PostureKind.BANDWAGON && w.lastTarget[i] >= 0 && w.lastTarget[i] == j) f |= F_BANDWAGON;
        if (contains(modifiers.declared[i], j)) f |= F_DECLARED;
        return f;
    }

    /** The value {@link #prepare} would keep for i's declared threat j: the last entry for j, as the flagging writes them in order. */
    private double declaredOf(int i, int j) {
        int[] declared = modifiers.declared[i];
        double v = 0;
        for (int k = 0; k < declared.length; k++) if (declared[k] == j) v = modifiers.declaredValue[i][k];
        return v;
    }

    /** Whether j fights on the other side of a war of i: what {@link #enemy} answers once i is prepared (its wars in order). */
    private boolean enemyOf(int i, int j) {
        for (War war : w.wars) {
            int side = war.sideOf(i);
            if (side != 0 && war.sideOf(j) == -side) return true;
        }
        return false;
    }

    /** The entry of {@link #ideologyRow} for j's ideology. */
    private static double ideologyOf(World w, int i, int j) {
        int a = w.ideology[i], b = w.ideology[j];
        return b < 0 ? 0 : a < 0 ? 0 : (a == b ? -IDEOLOGY : (w.opposedIdeologies[a][b] ? IDEOLOGY : 0));
    }

    private static boolean contains(int[] a, int x) {
        for (int v : a) if (v == x) return true;
        return false;
    }

    private String softeningTreaty(int i, int j) {
        for (TreatyState t : softeningTreaties[i]) if (t.isParty(j)) return t.def.name();
        return "";
    }

    /** prox = 1/h for hop distance h ≥ 1, 0 when unreachable. */
    public static double proximity(int hops) { return hops <= 0 ? 0 : 1.0 / hops; }

    /** The ideology term of T(i,j) for the prepared observer i: a lookup in i's row, no branch on the pair. */
    private double ideology(int i, int j) { return observerIdeology[w.ideology[j] + 1]; }

    /**
     * The ideology term of T(i,j) for every ideology of j, indexed by j's ideology + 1 (none: 0): the same
     * constants as deciding per pair whether either has none, both the same, or opposed ones. A side scan reads it
     * for each of hundreds of members with ideologies that a branch per pair cannot predict.
     */
    private static void ideologyRow(World w, int i, double[] row) {
        int a = w.ideology[i];
        row[0] = 0;
        for (int b = 0; b < row.length - 1; b++) row[b + 1] = a < 0 ? 0 : (a == b ? -IDEOLOGY : (w.opposedIdeologies[a][b] ? IDEOLOGY : 0));
    }
}
