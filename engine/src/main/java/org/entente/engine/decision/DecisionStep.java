package org.entente.engine.decision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.entente.engine.threat.PowerTable;
import org.entente.engine.threat.ThreatModel;
import org.entente.engine.trace.Fmt;
import org.entente.engine.trace.WarEntry;
import org.entente.engine.war.WarResolver;
import org.entente.engine.world.TreatyIndex;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.War;
import org.entente.engine.world.World;

/**
 * Step 6 under the decision rule (docs/semantics.md §6): after the turn's events, every politically
 * relevant state outside a war decides to join either side or stay out. Decisions are taken in rounds:
 * in a round every state decides from the sides as they stood at its start (so the order of states never
 * matters), then the entrants join in declaration order; a state reconsiders a war in the same turn only
 * after that war gained a belligerent or the state itself entered a war. Rounds repeat until nobody joins.
 * One instance lives for a whole run.
 */
public final class DecisionStep {
    private final World w;
    private final DecisionWeights weights;
    private final SplittableRandom draws;
    private final DecisionObserver observer;
    /** null: every state takes the model's choice */
    private final ChoiceOverride override;
    private final WarResolver resolver;
    private final PowerAtSignature signature;
    /** (war, state) pairs whose abstention from a triggered obligation is already in the trace. */
    private final Set<Long> abstentionsReported = new HashSet<>();
    private final int[] entered;
    /**
     * The entry texts' enemy words ("A, B, C") per enemy list, for one turn: the entrants of a round on one side
     * mostly declare war on one shared immutable list of hundreds of states (an obligation's covered foes), whose
     * names were joined again for each of them (docs/performance.md, "Simulation").
     */
    private final java.util.IdentityHashMap<List<Integer>, String> enemyWords = new java.util.IdentityHashMap<>();
    /** The states of an enemy list marked, per list, for one turn ({@link #mayBreach}). */
    private final java.util.IdentityHashMap<List<Integer>, boolean[]> enemyMarks = new java.util.IdentityHashMap<>();

    public DecisionStep(World w, DecisionWeights weights, SplittableRandom draws, WarResolver resolver) {
        this(w, weights, draws, resolver, null);
    }

    public DecisionStep(World w, DecisionWeights weights, SplittableRandom draws, WarResolver resolver, DecisionObserver observer) {
        this(w, weights, draws, resolver, observer, null);
    }

    /** @param override null, or the choice each decision applies instead of the model's (the observer still sees the model's) */
    public DecisionStep(World w, DecisionWeights weights, SplittableRandom draws, WarResolver resolver, DecisionObserver observer,
            ChoiceOverride override) {
        this.observer = observer;
        this.override = override;
        this.w = w;
        this.weights = weights;
        this.draws = draws;
        this.resolver = resolver;
        this.signature = new PowerAtSignature(w);
        this.entered = new int[w.n];
    }

    private record Entry(int state, War war, Decision decision) {}

    /**
     * @return the threat model of the last round, which is then what a new {@code ThreatModel(w, p)} would be
     *         (brought up to date after the last entries; the turn's threat pass reuses it), or null when no
     *         decision was taken
     */
    public ThreatModel resolve(PowerTable p) {
        signature.record(w, p);
        enemyWords.clear();
        enemyMarks.clear();
        if (w.wars.isEmpty()) return null;
        Map<Long, Long> lastDecided = new HashMap<>();
        // sampled mode: one draw per state and war in a turn, reused when it reconsiders in a later round
        // (docs/semantics.md §6a, "Sampled"), so the number of rounds does not multiply its chances to join
        Map<Long, Double> turnDraws = draws == null ? null : new HashMap<>();
        // built once per turn and brought up to date between rounds (the entrants' breaches; docs/performance.md)
        ThreatModel threats = null;
        GrowingSides growingSides = new GrowingSides(w.n);
        for (int round = 0; round <= w.n; round++) {
            if (threats == null) threats = new ThreatModel(w, p);
            else threats.refreshTreaties();
            // the lists as the round starts (each list is immutable; the entrants' breaches show from the next round)
            List<List<TreatyState>> treatiesOf = new ArrayList<>(w.treatyIndex().inForceByParty());
            JoinDecider decider = new JoinDecider(w, p, threats, weights, signature, treatiesOf, growingSides);
            List<Entry> joins = new ArrayList<>();
            for (War war : new ArrayList<>(w.wars)) {
                boolean[] relevant = null; // made only when someone may reconsider this war
                for (int z = 0; z < w.n; z++) {
                    if (!w.alive[z] || war.sideOf(z) != 0) continue;
                    long key = ((long) war.id << 32) | z;
                    long stamp = ((long) war.joins() << 32) | entered[z];
                    Long last = lastDecided.get(key);
                    if (last != null && last == stamp) continue;
                    if (relevant == null) relevant = relevant(war, p);
                    if (!relevant[z]) continue;
                    lastDecided.put(key, stamp);
                    Decision d = decider.decide(z, war, draws == null ? Double.NaN : turnDraws.computeIfAbsent(key, k -> draws.nextDouble()));
                    if (observer != null || override != null) d = observeAndOverride(war, d);
                    if (d.choice() != 0) joins.add(new Entry(z, war, d));
                    else reportAbstention(z, war, d);
                }
            }
            if (joins.isEmpty()) return threats;
            for (Entry e : joins) enter(e, treatiesOf.get(e.state()));
        }
        return null;
    }

    /** Tells the observer the model's decision and returns it with the override's choice, if any. */
    private Decision observeAndOverride(War war, Decision d) {
        List<String> initiatorSide = names(war.side(1)), otherSide = names(war.side(-1));
        if (observer != null) observer.decided(w.year, d, initiatorSide, otherSide);
        return override == null ? d : d.withChoice(override.choose(w.year, d, initiatorSide, otherSide));
    }

    /** Politically relevant to a war (Maoz & Russett 1993): great powers, neighbours of belligerents, treaty partners of belligerents. */
    private boolean[] relevant(War war, PowerTable p) {
        boolean[] r = new boolean[w.n];
        for (int z = 0; z < w.n; z++) r[z] = p.great[z];
        // the sides' members and their borders as arrays: a world war's sides hold hundreds of boxed members
        for (int sign = -1; sign <= 1; sign += 2) {
            int[] members = war.members(sign);
            for (int m = 0, size = war.side(sign).size(); m < size; m++) for (int nb : w.borderArray(members[m])) r[nb] = true;
        }
        // the parties of the treaties in force from the index's arrays, not from thousands of treaty objects
        TreatyIndex index = w.treatyIndex();
        for (int k : index.inForce()) {
            int[] parties = index.parties(k);
            boolean involved = false;
            for (int x : parties) if (war.sideOf(x) != 0) { involved = true; break; }
            if (!involved) continue;
            for (int x : parties) r[x] = true;
        }
        return r;
    }

    /** @param treaties the entrant's treaties in force at the start of the round (only those can be breached by its declarations) */
    private void enter(Entry e, List<TreatyState> treaties) {
        int z = e.state();
        War war = e.war();
        Decision d = e.decision();
        if (war.sideOf(z) != 0 || !w.wars.contains(war)) return;
        Utility u = d.chosen();
        war.join(z, d.choice());
        entered[z]++;
        List<Integer> targets = u.enemies(); // immutable (Utility): the same list has the same names
        String against = enemyWords.get(targets);
        if (against == null) enemyWords.put(targets, against = String.join(", ", names(targets)));
        String text = w.names[z] + " enters against " + against + ": " + JoinDecider.describe(u.terms())
                + " (U " + Fmt.f2(u.total()) + ", P " + Fmt.f2(d.probability(d.choice())) + "); " + alternative(d);
        List<String> chain = List.of(opening(war), text);
        war.declare(z, targets);
        if (mayBreach(z, targets, treaties)) resolver.breachTreatiesBetween(z, targets, chain, treaties);
        w.warEntries.add(new WarEntry(w.year, war.id, WarEntry.Kind.ENTERS, w.names[z],
                targets.isEmpty() ? null : w.names[targets.get(0)], text, chain, d));
    }

    /**
     * Whether z's declarations on {@code targets} can breach one of its {@code treaties}: one that softens and
     * has z and one of the targets among its parties. When none has, {@link WarResolver#breachTreatiesBetween}
     * would change nothing, and it is not asked: it reads each of the hundreds of targets twice, and most
     * entrants of a round declare war on the same list, whose states are marked once (docs/performance.md,
     * "Simulation").
     */
    private boolean mayBreach(int z, List<Integer> targets, List<TreatyState> treaties) {
        boolean softening = false;
        for (TreatyState t : treaties) if (t.softens() && t.isParty(z)) { softening = true; break; }
        if (!softening) return false;
        boolean[] marked = enemyMarks.get(targets);
        if (marked == null) {
            marked = new boolean[w.n];
            for (int x : targets) marked[x] = true;
            enemyMarks.put(targets, marked);
        }
        return mayBreach(z, marked, treaties);
    }

    /** Whether one of {@code treaties} softens and has z and a {@code marked} state among its parties. */
    static boolean mayBreach(int z, boolean[] marked, List<TreatyState> treaties) {
        for (TreatyState t : treaties) {
            if (!t.softens() || !t.isParty(z)) continue;
            for (int k = 0, size = t.members.size(); k < size; k++) if (marked[t.members.get(k)]) return true;
            for (int k = 0, size = t.recipients.size(); k < size; k++) if (marked[t.recipients.get(k)]) return true;
        }
        return false;
    }

    /** A state that stays out although a treaty obliged it is reported once per war: it abandoned its ally. */
    private void reportAbstention(int z, War war, Decision d) {
        int side = d.initiatorSide().obligations() > 0 ? 1 : d.otherSide().obligations() > 0 ? -1 : 0;
        if (side == 0 || !abstentionsReported.add(((long) war.id << 32) | z)) return;
        Utility u = d.side(side);
        String against = u.enemies().isEmpty() ? null : w.names[u.enemies().get(0)];
        String text = DecisionText.stayingOut(w.names[z], war.id, d, side);
        w.warEntries.add(new WarEntry(w.year, war.id, WarEntry.Kind.STAYS_OUT, w.names[z], against, text,
                List.of(opening(war), text), d));
    }

    private static String alternative(Decision d) {
        int alt = d.alternative();
        if (alt == 0) return "staying out 0";
        return d.optionName(alt) + ": " + JoinDecider.describe(d.terms(alt)) + " (U " + Fmt.f2(d.utility(alt)) + ")";
    }

    private List<String> names(List<Integer> side) {
        List<String> out = new ArrayList<>(side.size());
        for (int x : side) out.add(w.names[x]);
        return out;
    }

    private String opening(War war) { return w.names[war.initiator] + " attacks " + w.names[war.target]; }
}
