package org.entente.engine.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.engine.model.Actor;
import org.entente.engine.model.ActorKind;
import org.entente.engine.model.DeclaredThreat;
import org.entente.engine.model.Dispute;
import org.entente.engine.model.Organization;
import org.entente.engine.model.PostureKind;
import org.entente.engine.model.Rivalry;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.Settings;
import org.entente.engine.model.State;
import org.entente.engine.model.Treaty;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.trace.TreatyChange;
import org.entente.engine.trace.WarEntry;

/**
 * The mutable, index-based state of a running simulation. Index = declaration order of states.
 * Unknown names in the scenario are dropped here (the validator reports them).
 */
public final class World {
    public final Scenario scenario;
    public final Settings settings;
    public final int n;
    public final String[] names;
    private final Map<String, Integer> index = new HashMap<>();

    public final boolean[] alive;
    /** Every state's name leads back to it ({@link #indexOf}): a clause's named states can then be found by name. */
    public final boolean uniqueNames;
    /** Per state: the year it enters the state system when that is after the first turn, else {@link #IN_SYSTEM} (docs/semantics.md §1, "Entry"). */
    private final int[] entryYear;
    private static final int IN_SYSTEM = Integer.MIN_VALUE;
    /** How many states have yet to enter the state system. */
    private int pendingEntries;
    public final double[] military, economy, population, offensive, intent, stability;
    /** Belief in offense dominance 0..1 (docs/semantics.md §6). */
    public final double[] doctrine;
    /** Declared a great power whatever its share ("great power", docs/semantics.md §2). */
    public final boolean[] declaredGreat;
    public final int[] ideology;          // index into scenario ideologies, -1 none
    public final boolean[][] opposedIdeologies;
    public final String[] region;
    private final List<List<Integer>> borders = new ArrayList<>();
    private HopDistances hops;
    /** The borders as arrays ({@link #borderArray}); null after a border change, like {@link #hops}. */
    private int[][] borderArrays;

    public final List<List<Integer>> organizations = new ArrayList<>();
    /** Per state: partner index -> dispute label ("" when none given). */
    public final List<Map<Integer, String>> disputes = new ArrayList<>();
    public final List<List<Integer>> rivals = new ArrayList<>();
    /** Per state: target index -> declared value (last declaration wins). */
    public final List<Map<Integer, Double>> declared = new ArrayList<>();
    /** Armed groups per targeted state. */
    public final List<List<Actor>> armedGroups = new ArrayList<>();

    public final List<TreatyState> treaties = new ArrayList<>();
    /** Who is party to which treaty in force, brought up to date from the changes reported to {@link #treatyChanged}. */
    private final TreatyIndex treatyIndex;
    private DefenseCoverage defenseCoverage;
    private final Map<String, TreatyState> treatyByName = new HashMap<>();
    /** Every treaty's status in declaration order, kept by {@link #setStatus} (the only writer of a status). */
    private final TreatyStatus[] statuses;
    /** Every treaty's {@link TreatyState#revision} in declaration order, kept by {@link #treatyChanged} (see {@link #treatyRevision}). */
    private final int[] treatyRevisions;
    /** The treaties the calendar may still change, in declaration order ({@link #calendar}); null: every treaty. */
    private List<TreatyState> calendar;
    public final List<War> wars = new ArrayList<>();
    public int nextWarId = 1;

    /** The year of the running turn, and what happened to treaties and wars in it. */
    public int year;
    public final List<TreatyChange> treatyChanges = new ArrayList<>();
    public final List<WarEntry> warEntries = new ArrayList<>();

    /** Alignments without treaty in force (docs/semantics.md §5a). */
    public final Alignments alignments;
    /** Per state: the target of its current unbroken streak of balancing (-1 none), its first year and length in turns. */
    public final int[] balancingTarget, balancingSince, balancingTurns;
    /** The intent declared in the scenario; {@link #intent} is the intent others perceive (security dilemma, §5b). */
    public final double[] declaredIntent;
    /** Per state: the factor by which it armed this turn (1 = not at all), from events and internal balancing. */
    public final double[] armedThisTurn;

    /** Postures of the previous turn (synchronous update). */
    public PostureKind[] lastPosture;
    public int[] lastTarget;

    public World(Scenario sc) {
        this.scenario = sc;
        this.settings = sc.settings();
        List<State> states = sc.states();
        n = states.size();
        names = new String[n];
        alive = new boolean[n];
        entryYear = new int[n];
        java.util.Arrays.fill(entryYear, IN_SYSTEM);
        int firstYear = sc.turnYears()[0];
        military = new double[n]; economy = new double[n]; population = new double[n];
        offensive = new double[n]; intent = new double[n]; stability = new double[n];
        doctrine = new double[n];
        declaredGreat = new boolean[n];
        ideology = new int[n];
        region = new String[n];
        Map<String, Integer> ideoIndex = new LinkedHashMap<>();
        for (int k = 0; k < sc.ideologies().size(); k++) ideoIndex.put(sc.ideologies().get(k).name(), k);
        int ni = ideoIndex.size();
        opposedIdeologies = new boolean[ni][ni];
        for (var a : ideoIndex.entrySet())
            for (var b : ideoIndex.entrySet())
                opposedIdeologies[a.getValue()][b.getValue()] = sc.opposed(a.getKey(), b.getKey());
        for (int i = 0; i < n; i++) {
            State s = states.get(i);
            names[i] = s.name();
            index.put(s.name(), i);
            // a state that enters after the first turn is outside the system until then; at or before it, nothing changes
            alive[i] = !s.absentIn(firstYear);
            if (!alive[i]) { entryYear[i] = s.since(); pendingEntries++; }
            military[i] = Math.max(0, s.military());
            economy[i] = Math.max(0, s.economy());
            population[i] = Math.max(0, s.population());
            offensive[i] = s.offensive();
            intent[i] = s.intent();
            stability[i] = s.stability();
            doctrine[i] = s.doctrine();
            declaredGreat[i] = s.declaredGreat();
            ideology[i] = s.ideology() == null ? -1 : ideoIndex.getOrDefault(s.ideology(), -1);
            region[i] = s.region();
            borders.add(new ArrayList<>());
            disputes.add(new LinkedHashMap<>());
            rivals.add(new ArrayList<>());
            declared.add(new LinkedHashMap<>());
            armedGroups.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (String b : states.get(i).borders()) connect(i, indexOf(b));
        }
        boolean unique = true;
        for (int i = 0; i < n && unique; i++) unique = indexOf(names[i]) == i;
        uniqueNames = unique;
        for (Organization o : sc.organizations()) {
            List<Integer> m = new ArrayList<>();
            for (String s : o.members()) { int k = indexOf(s); if (k >= 0 && !m.contains(k)) m.add(k); }
            organizations.add(m);
        }
        for (Dispute d : sc.disputes()) {
            int a = indexOf(d.a()), b = indexOf(d.b());
            if (a < 0 || b < 0 || a == b) continue;
            String label = d.label() == null ? "" : d.label();
            disputes.get(a).putIfAbsent(b, label);
            disputes.get(b).putIfAbsent(a, label);
        }
        for (Rivalry r : sc.rivalries()) {
            int a = indexOf(r.a()), b = indexOf(r.b());
            if (a < 0 || b < 0 || a == b) continue;
            if (!rivals.get(a).contains(b)) rivals.get(a).add(b);
            if (!rivals.get(b).contains(a)) rivals.get(b).add(a);
        }
        for (DeclaredThreat t : sc.declaredThreats()) {
            int a = indexOf(t.from()), b = indexOf(t.to());
            if (a >= 0 && b >= 0 && a != b) declared.get(a).put(b, t.value());
        }
        for (Actor act : sc.actors()) {
            int t = act.targets() == null ? -1 : indexOf(act.targets());
            if (act.kind() == ActorKind.ARMED_GROUP && t >= 0) armedGroups.get(t).add(act);
        }
        List<Treaty> ts = sc.treaties();
        for (int k = 0; k < ts.size(); k++) {
            Treaty t = ts.get(k);
            TreatyState st = new TreatyState(t, k);
            for (String m : t.isGuarantee() ? t.guarantors() : t.members()) {
                int x = indexOf(m);
                if (x >= 0 && !st.members.contains(x)) st.members.add(x);
            }
            if (t.isGuarantee()) for (String r : t.recipients()) {
                int x = indexOf(r);
                if (x >= 0 && !st.recipients.contains(x) && !st.members.contains(x)) st.recipients.add(x);
            }
            treaties.add(st);
            treatyByName.put(t.name(), st);
        }
        statuses = new TreatyStatus[treaties.size()];
        for (TreatyState t : treaties) statuses[t.index] = t.status;
        treatyRevisions = new int[treaties.size()];
        treatyIndex = new TreatyIndex(this);
        alignments = new Alignments(n);
        balancingTarget = new int[n];
        java.util.Arrays.fill(balancingTarget, -1);
        balancingSince = new int[n];
        balancingTurns = new int[n];
        declaredIntent = intent.clone();
        armedThisTurn = new double[n];
        java.util.Arrays.fill(armedThisTurn, 1.0);
        lastPosture = new PostureKind[n];
        lastTarget = new int[n];
        java.util.Arrays.fill(lastTarget, -1);
    }

    /**
     * The states that enter the state system in the turn of {@code year} (their entry year after the previous turn's
     * year and at most this one), in declaration order: each becomes alive and the hop distances are recomputed
     * (docs/semantics.md §1, "Entry").
     */
    public List<Integer> enter(int previousYear, int year) {
        if (pendingEntries == 0) return List.of();
        List<Integer> entering = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (entryYear[i] != IN_SYSTEM && entryYear[i] > previousYear && entryYear[i] <= year) {
                entryYear[i] = IN_SYSTEM;
                pendingEntries--;
                alive[i] = true;
                entering.add(i);
            }
        }
        if (!entering.isEmpty()) { hops = null; borderArrays = null; }
        return entering;
    }

    /** Whether state i has yet to enter the state system ({@link #enter}); not alive until then. */
    public boolean notYetEntered(int i) { return i >= 0 && entryYear[i] != IN_SYSTEM; }

    /** Index of a state by name, -1 when unknown. */
    public int indexOf(String name) {
        if (name == null) return -1;
        Integer k = index.get(name);
        return k == null ? -1 : k;
    }

    public TreatyState treaty(String name) { return name == null ? null : treatyByName.get(name); }

    public List<Integer> borders(int i) { return borders.get(i); }

    public boolean borders(int i, int j) { return borders.get(i).contains(j); }

    public void connect(int a, int b) {
        if (a < 0 || b < 0 || a == b) return;
        if (!borders.get(a).contains(b)) borders.get(a).add(b);
        if (!borders.get(b).contains(a)) borders.get(b).add(a);
        hops = null;
        borderArrays = null;
    }

    /** Removes every border of state s (collapse/annexation); the distances are recomputed lazily. */
    public void isolate(int s) {
        for (Integer o : borders.get(s)) borders.get(o).remove(Integer.valueOf(s));
        borders.get(s).clear();
        hops = null;
        borderArrays = null;
    }

    /** Hop distances, computed once and again only after a border change. */
    public HopDistances hops() {
        if (hops == null) hops = HopDistances.compute(borderArrays(), alive);
        return hops;
    }

    /**
     * The borders of i as an array, in the list's order (do not change it): kept with the hop distances and made
     * again after the same changes, for loops over hundreds of war-side members' neighbours (docs/performance.md).
     */
    public int[] borderArray(int i) { return borderArrays()[i]; }

    private int[][] borderArrays() {
        if (borderArrays == null) {
            int[][] adj = new int[n][];
            for (int i = 0; i < n; i++) {
                List<Integer> b = borders.get(i);
                adj[i] = new int[b.size()];
                for (int k = 0; k < b.size(); k++) adj[i][k] = b.get(k);
            }
            borderArrays = adj;
        }
        return borderArrays;
    }

    /** Whether a and b are belligerents on opposite sides of some war. */
    public boolean atWar(int a, int b) {
        for (War w : wars) if (w.opposed(a, b)) return true;
        return false;
    }

    /** Marks in {@code out} every state at war with i (opposite side of some war of i). */
    public void markEnemies(int i, boolean[] out) {
        for (War w : wars) {
            int s = w.sideOf(i);
            if (s != 0) for (int e : w.side(-s)) out[e] = true;
        }
    }

    public boolean atWarAtAll(int i) {
        for (War w : wars) if (w.sideOf(i) != 0) return true;
        return false;
    }

    /** Changes a treaty's status and records the change with its reason (no-op when unchanged). */
    public void setStatus(TreatyState t, TreatyStatus status, String reason) {
        if (t.status == status) return;
        treatyChanges.add(new TreatyChange(year, t.def.name(), t.status, status, reason));
        t.status = status;
        statuses[t.index] = status;
        treatyIndex.changed(t);
        // back to pending or in force from outside the calendar (no step of a run does this): watch every treaty again
        if ((status == TreatyStatus.PENDING || status == TreatyStatus.IN_FORCE) && !t.onCalendar) calendar = null;
    }

    /**
     * The treaties the calendar ({@code TreatyClock}) may still change, in declaration order: pending ones, and those in
     * force with an expiry. Statuses only move forward (pending, in force, then lapsed, breached or expired), so the
     * calendar drops a treaty for good once it is neither, instead of walking every treaty every turn; the list is
     * the calendar's to shorten ({@link #offCalendar}).
     */
    public List<TreatyState> calendar() {
        if (calendar == null) {
            calendar = new ArrayList<>(treaties);
            for (TreatyState t : treaties) t.onCalendar = true;
        }
        return calendar;
    }

    /** The calendar dropped t from {@link #calendar()}. */
    public void offCalendar(TreatyState t) { t.onCalendar = false; }

    /** The parties of t changed ({@code members} or {@code recipients}): every change of them must be reported here. */
    public void treatyChanged(TreatyState t) {
        t.revision++;
        treatyRevisions[t.index]++;
        treatyIndex.changed(t);
    }

    /**
     * {@link TreatyState#revision} of the treaty at {@code index}, from an array: a step that checks thousands of
     * treaties in force each turn for changed parties reads no treaty object (docs/performance.md, "Simulation").
     */
    public int treatyRevision(int index) { return treatyRevisions[index]; }

    /** A copy of every treaty's status, in declaration order: the trace's snapshot, without a walk of the treaties. */
    public TreatyStatus[] statuses() { return statuses.clone(); }

    /** The treaties in force by party ({@link TreatyIndex}). */
    public TreatyIndex treatyIndex() { return treatyIndex; }

    /** Which states each treaty's defense clauses cover, made when first asked. */
    public DefenseCoverage defenseCoverage() {
        if (defenseCoverage == null) defenseCoverage = new DefenseCoverage(this);
        return defenseCoverage;
    }
}
