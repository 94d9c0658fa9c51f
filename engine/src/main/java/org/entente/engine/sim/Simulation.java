package org.entente.engine.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.Map;
import org.entente.engine.align.AlignmentRule;
import org.entente.engine.bloc.TreatyTies;
import org.entente.engine.decision.DecisionStep;
import org.entente.engine.decision.DecisionWeights;
import org.entente.engine.expect.ExpectationEvaluator;
import org.entente.engine.model.Event;
import org.entente.engine.model.Polarity;
import org.entente.engine.model.PostureKind;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.posture.PostureDecision;
import org.entente.engine.posture.PostureRules;
import org.entente.engine.posture.ReasonWriter;
import org.entente.engine.threat.DomesticThreat;
import org.entente.engine.threat.PowerTable;
import org.entente.engine.threat.ThreatBreakdown;
import org.entente.engine.threat.SecurityDilemma;
import org.entente.engine.threat.ThreatModel;
import org.entente.engine.trace.AlignmentChange;
import org.entente.engine.trace.Bloc;
import org.entente.engine.trace.Reason;
import org.entente.engine.trace.StateTurn;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.TreatyStatusMap;
import org.entente.engine.trace.Turn;
import org.entente.engine.trace.WarRecord;
import org.entente.engine.treaty.LapseRule;
import org.entente.engine.treaty.TreatyClock;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.War;
import org.entente.engine.world.World;

/** Runs a scenario turn by turn (docs/semantics.md §1–9) and returns the immutable {@link Trace}. */
public final class Simulation {
    private Simulation() {}

    public static Trace run(Scenario scenario) { return run(scenario, SimulationOptions.defaults()); }

    /** Runs up to and including the last turn at or before {@code untilYear}. */
    public static Trace run(Scenario scenario, int untilYear) { return run(scenario, SimulationOptions.defaults().until(untilYear)); }

    public static Trace run(Scenario scenario, SimulationOptions options) {
        if (scenario == null) throw new IllegalArgumentException("scenario must not be null");
        SimulationOptions opts = options == null ? SimulationOptions.defaults() : options;
        World w = new World(scenario);
        boolean decisions = opts.joinRule() == SimulationOptions.JoinRule.DECISIONS;
        EventApplier events = new EventApplier(w, decisions);
        // the run's weights (entente run --weights, the history fit) replace the scenario's settings entry
        DecisionWeights weights = opts.weights() != null ? opts.weights() : scenario.settings().decision();
        DecisionStep decide = decisions ? new DecisionStep(w, weights, opts.draws(), events.wars(), opts.observer(), opts.override()) : null;
        List<Turn> turns = new ArrayList<>();
        TreatyStatusMap.Names treatyNames = treatyNames(w);
        // the affinity graph's treaty pairs, kept from turn to turn (docs/performance.md, "Simulation")
        TreatyTies ties = new TreatyTies();
        WarSideNames sideNames = new WarSideNames();
        int previous = Integer.MIN_VALUE;
        int[] years = scenario.turnYears();
        for (int k = 0; k < years.length; k++) {
            int year = years[k];
            if (opts.untilYear() != null && year > opts.untilYear() && k > 0) break;
            // a caller with a time budget (entente serve) interrupts the thread: the run stops between turns
            if (Thread.currentThread().isInterrupted()) throw new CancellationException("the run was interrupted before its turn of " + year);
            turns.add(turn(w, events, decide, year, previous, k == 0, opts, treatyNames, ties, sideNames));
            previous = year;
        }
        return new Trace(scenario, turns, ExpectationEvaluator.evaluate(scenario, turns, opts.landscape()));
    }

    private static Turn turn(World w, EventApplier applier, DecisionStep decide, int year, int previous, boolean first, SimulationOptions opts,
                             TreatyStatusMap.Names treatyNames, TreatyTies ties, WarSideNames sideNames) {
        w.year = year;
        w.treatyChanges.clear();
        w.warEntries.clear();
        // 0. states entering the state system this turn, before the treaty calendar and the events (docs/semantics.md §1, "Entry")
        List<String> applied = new ArrayList<>();
        for (int i : w.enter(previous, year)) applied.add(w.names[i] + " enters the state system");
        // 1. treaty calendar, then the events of the turn in file order
        TreatyClock.advance(w, year, first);
        for (Event e : w.scenario.events()) {
            if (e.year() > previous && e.year() <= year) applied.add(applier.apply(e));
        }
        // 2. power; 6. under the decision rule, states decide whether to join the wars (docs/semantics.md §6)
        PowerTable p = new PowerTable(w);
        ThreatModel decided = decide != null ? decide.resolve(p) : null;
        // 3. threat, 4. domestic threat (the decisions' model is up to date: one model per turn, docs/performance.md)
        ThreatModel threats = decided != null ? decided : new ThreatModel(w, p);
        ThreatModel.Primaries pr = threats.primaries();
        double[] domestic = new double[w.n];
        for (int i = 0; i < w.n; i++) if (w.alive[i]) domestic[i] = DomesticThreat.of(w, i);
        // 5. postures (synchronous)
        PostureRules rules = new PostureRules(w, p, threats, pr.primary(), pr.value(), domestic);
        PostureDecision[] d = new PostureDecision[w.n];
        for (int i = 0; i < w.n; i++) if (w.alive[i]) d[i] = rules.decide(i);
        List<AlignmentChange> alignments = AlignmentRule.apply(w, d, threats);
        // 7. lapse; 8. blocs and polarity
        LapseRule.apply(w, pr.primary(), pr.value(), decide != null);
        Blocs blocs = new Blocs(w, d, pr.primary(), pr.value(), ties);
        List<Bloc> blocRecords = new ArrayList<>();
        int poles = 0;
        for (int b = 0; b < blocs.members.size(); b++) {
            List<Integer> m = blocs.members.get(b);
            boolean pole = Blocs.isPole(m, p, w.settings.poleShare());
            if (pole) poles++;
            List<String> names = new ArrayList<>(), greats = new ArrayList<>();
            double power = 0;
            for (int x : m) { names.add(w.names[x]); if (p.great[x]) greats.add(w.names[x]); power += p.power[x]; }
            blocRecords.add(new Bloc(b + 1, names, greats, power, pole));
        }
        List<StateTurn> states = new ArrayList<>();
        EnemyNames enemyNames = new EnemyNames(w);
        for (int i = 0; i < w.n; i++) {
            if (w.alive[i]) states.add(stateTurn(w, i, p, threats, pr, domestic[i], d[i], blocs.blocOf[i], opts, enemyNames));
        }
        // effects of this turn's postures, felt from next turn
        for (int i = 0; i < w.n; i++) {
            if (d[i] == null) continue;
            if (d[i].arms()) {
                w.military[i] *= 1 + w.settings.armsGrowth();
                w.armedThisTurn[i] *= 1 + w.settings.armsGrowth();
            }
            if (d[i].kind() == PostureKind.SOFT_BALANCE && d[i].target() >= 0) w.economy[d[i].target()] *= 0.99;
        }
        SecurityDilemma.update(w);
        for (int i = 0; i < w.n; i++) {
            w.lastPosture[i] = d[i] == null ? null : d[i].kind();
            w.lastTarget[i] = d[i] == null ? -1 : d[i].target();
        }
        List<WarRecord> wars = new ArrayList<>();
        for (War war : w.wars) wars.add(new WarRecord(war.id, war.startYear, w.names[war.initiator], w.names[war.target],
                sideNames.of(w, war, 1), sideNames.of(w, war, -1)));
        Map<String, TreatyStatus> status = treatyStatus(w, treatyNames);
        int greatPowers = 0;
        for (int i = 0; i < w.n; i++) if (w.alive[i] && p.great[i]) greatPowers++;
        return new Turn(year, applied, states, w.warEntries, wars, w.treatyChanges, status, alignments, blocRecords,
                Polarity.ofPoles(greatPowers), greatPowers, Polarity.ofPoles(poles), poles);
    }

    /** The treaty names shared by every turn's status map; null when a name repeats (then each turn keeps a map). */
    private static TreatyStatusMap.Names treatyNames(World w) {
        String[] names = new String[w.treaties.size()];
        for (int k = 0; k < names.length; k++) names[k] = w.treaties.get(k).def.name();
        try {
            return new TreatyStatusMap.Names(names);
        } catch (IllegalArgumentException duplicate) {
            return null;
        }
    }

    private static Map<String, TreatyStatus> treatyStatus(World w, TreatyStatusMap.Names names) {
        if (names == null) {
            Map<String, TreatyStatus> status = new LinkedHashMap<>();
            for (TreatyState t : w.treaties) status.put(t.def.name(), t.status);
            return status;
        }
        return new TreatyStatusMap(names, w.statuses());
    }

    private static StateTurn stateTurn(World w, int i, PowerTable p, ThreatModel threats, ThreatModel.Primaries pr,
                                       double domestic, PostureDecision d, int bloc, SimulationOptions opts,
                                       EnemyNames enemyNames) {
        int pp = pr.primary()[i];
        ThreatBreakdown b = pp < 0 ? null : threats.breakdown(i, pp);
        List<String> enemies = enemyNames.of(i);
        String target = d.target() < 0 ? null : w.names[d.target()];
        String primary = pp < 0 ? null : w.names[pp];
        // a fighting state's words end with its enemies', joined once per list shared by the states on the same
        // sides and kept shared in the reason (not copied into one string per state)
        Reason reason = d.kind() == PostureKind.FIGHTING ? ReasonWriter.fighting(w.names[i], enemyNames.joined(i))
                : Reason.of(ReasonWriter.reason(w.names[i], d, target, primary, b, pr.value()[i], domestic,
                d.kind() == PostureKind.OMNIBALANCE ? DomesticThreat.describe(w, i) : "", enemies, w.settings));
        List<ThreatBreakdown> all = List.of();
        if (opts.explain().contains(w.names[i])) {
            all = new ArrayList<>();
            threats.prepare(i); // every pair of one observer: its partners flagged once
            for (int j = 0; j < w.n; j++) if (j != i && w.alive[j]) all.add(threats.breakdown(i, j));
        }
        return new StateTurn(w.names[i], w.military[i], w.economy[i], w.population[i], p.shareMilitary[i],
                p.shareEconomy[i], p.sharePopulation[i], p.power[i], p.great[i], primary, pr.value()[i], b, domestic,
                d.kind(), target, d.coalition().names(w.names), d.coalitionPower(), d.threatPower(), d.arms(), enemies,
                bloc, reason, all);
    }
}
