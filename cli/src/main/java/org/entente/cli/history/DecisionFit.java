package org.entente.cli.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.entente.engine.decision.Decision;
import org.entente.engine.decision.DecisionWeight;
import org.entente.engine.decision.DecisionWeights;
import org.entente.engine.decision.WeightFit;
import org.entente.engine.model.Scenario;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.Trace;
import org.entente.importer.ImportException;
import org.entente.importer.ImportResult;
import org.entente.importer.history.HistoryCase;
import org.entente.importer.history.ReplaySetup;
import org.entente.importer.history.PairYear;
import org.entente.importer.history.Score;
import org.entente.importer.history.War;
import org.entente.importer.history.WarData;

/**
 * {@code entente history --fit}: maximum-likelihood fit of the decision weights on the joining decisions of every
 * multi-state war in the data (docs/semantics.md §6a, "Fit"), under the theory's signs (every weight but the base
 * rate ≥ 0, {@link WeightFit#fitWithSigns}). Two readings of "the decisions" ({@link Situations}):
 * <ul>
 * <li><b>The model's situations</b> (plain {@code --fit}; the defaults are this fit): each war is replayed with the
 * model's own choices and every decision it takes is labelled with what the state did in history that year (at war
 * with the other side → joined this side; with neither → stayed out; with both → left out). A change of weights
 * changes which decisions the next replay sees, so the undamped iteration can cycle.</li>
 * <li><b>The model's sampled situations</b> ({@code --fit --samples N}): the same, with every decision drawn from its
 * probabilities in N replays of each war, the same draws in every pass. The situations are then a distribution that
 * moves continuously with the weights instead of one path that jumps. Measured, not adopted
 * (docs/validation-against-history.md, "The fit in the model's sampled situations").</li>
 * <li><b>History's situations</b> ({@code --fit --conditional}, the conditional likelihood): every state takes what
 * it did in history, so each decision is taken in the situation history produced and labelled with history's
 * choice in it: the probability of history's choices given history's situations (the estimator of sequential
 * discrete-choice models). Which decisions there are, their labels and features do not depend on the weights.
 * Measured, not adopted (docs/validation-against-history.md, "The conditional-likelihood fit").</li>
 * </ul>
 * <b>Damped fixed-point iteration</b>: each pass replays with weights moved {@link #DAMPING} of the way from the
 * pass's weights to its fit, and the iteration stops when that move is below {@link #TOLERANCE} in every weight (at
 * most {@link #MAX_PASSES} passes). The result is the last pass's fit, within 2 × TOLERANCE of the weights it
 * replayed with; it does not depend on where a cycle is cut. The MCC the command prints is the model's own replay.
 */
public final class DecisionFit {
    /**
     * In whose situations the decisions are taken and labelled. {@link #MODEL}: the model's own replay, its own
     * choices (the defaults are this fit; it can cycle, hence the damping). {@link #HISTORY}: the conditional
     * likelihood, every state taking history's choice, so the decisions and labels do not depend on the weights
     * (measured, not the defaults: docs/validation-against-history.md, "The conditional-likelihood fit").
     */
    public enum Situations { MODEL, SAMPLED, HISTORY }

    /**
     * The draws of {@link Situations#SAMPLED}: {@code samples} replays of each war per pass, the k-th drawing from the
     * k-th generator split off {@code new SplittableRandom(seed)} (as {@code entente run --samples}), restarted every
     * pass, so that a pass's decisions change only through its weights (common random numbers).
     */
    public record Draws(int samples, long seed) {
        /** One replay per war, nothing drawn: the other situations. */
        public static final Draws NONE = new Draws(1, 0);

        public Draws {
            if (samples < 1) throw new IllegalArgumentException("samples must be at least 1");
        }
    }

    public static final int MAX_PASSES = 20;
    /** The share of the way from a pass's weights to its fit that the next pass moves (1 = undamped). */
    public static final double DAMPING = 0.5;
    /** The iteration stops when the move of every weight is below this. */
    public static final double TOLERANCE = 0.01;
    /** Standard deviation of the weakly informative prior around the design's weights (Gelman et al. 2008 use 2.5). */
    public static final double PRIOR_SIGMA = 2.5;

    private DecisionFit() {}

    /**
     * One pass: the weights it started from, the fit under the theory's signs (what the defaults are) and,
     * on the same decisions, the fit without the sign constraint (reported beside it); {@code samples} replays of
     * each war (1 unless the situations are sampled).
     */
    public record Pass(DecisionWeights start, WeightFit.Result fit, WeightFit.Result unconstrained, int wars, int samples) {}

    /** Pooled pair-year scores of the prepared wars replayed deterministically with the given weights. */
    public static Score score(List<PreparedWar> wars, DecisionWeights weights) {
        return Score.pool(wars.stream().map(w -> score(w, weights)).toList());
    }

    /** The pair-year score of one prepared war replayed deterministically with the given weights. */
    public static Score score(PreparedWar war, DecisionWeights weights) {
        Trace trace = Simulation.run(war.scenario(), SimulationOptions.defaults().withWeights(weights));
        return war.historyCase().score(HistoryHarness.atWar(trace, war.abbreviationOf()));
    }

    /** Every multi-state war of the data, imported and translated once, set up by {@code setup}. */
    public static List<PreparedWar> prepare(Path dataDir, WarData data, ReplaySetup setup) throws ImportException, ReplayException {
        List<PreparedWar> wars = new ArrayList<>();
        for (War war : data.multiStateWars()) wars.add(PreparedWar.of(dataDir, HistoryCase.of(dataDir, data, war.number()), setup));
        return wars;
    }

    /**
     * The passes of the fit on the prepared wars, from {@code start}, in the given situations; in
     * {@link Situations#SAMPLED} each war is replayed {@code draws.samples()} times per pass. The fit then weighs each
     * replay's decisions 1/N against the prior (the prior's s.d. divided by √N), so that N only makes the average over
     * the draws more exact and does not make the data outweigh the prior N times.
     */
    public static List<Pass> run(List<PreparedWar> wars, DecisionWeights start, Situations situations, Draws draws) {
        int samples = situations == Situations.SAMPLED ? draws.samples() : 1;
        double sigma = PRIOR_SIGMA / Math.sqrt(samples);
        List<Pass> passes = new ArrayList<>();
        DecisionWeights current = start;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<WeightFit.Observation> obs = new ArrayList<>();
            SplittableRandom root = new SplittableRandom(draws.seed());
            for (PreparedWar war : wars) {
                List<Labelled> labelled = situations == Situations.SAMPLED
                        ? sampledObservations(war, current, samples, root) : observations(war, current, situations);
                for (Labelled l : labelled) obs.add(l.observation());
            }
            WeightFit.Result fit = WeightFit.fitWithSigns(obs, current, start, sigma);
            passes.add(new Pass(current, fit, WeightFit.fit(obs, current, start, sigma), wars.size(), samples));
            DecisionWeights next = damped(current, fit.asWeights(current));
            double move = largestMove(current, next);
            current = next;
            if (move < TOLERANCE) break;
        }
        return passes;
    }

    /** The weights the fit estimates: the last pass's fit. */
    public static DecisionWeights fitted(List<Pass> passes) {
        Pass last = passes.get(passes.size() - 1);
        return last.fit().asWeights(last.start());
    }

    /** Whether the last pass's damped move was below the tolerance (the iteration converged). */
    public static boolean converged(List<Pass> passes) {
        Pass last = passes.get(passes.size() - 1);
        DecisionWeights a = last.start();
        return largestMove(a, damped(a, last.fit().asWeights(a))) < TOLERANCE;
    }

    /** The weights the fit estimates: all but chain-ganging, which no training war identifies (docs/semantics.md §6a). */
    private static final List<DecisionWeight> FITTED = List.copyOf(EnumSet.complementOf(EnumSet.of(DecisionWeight.CHAIN_GANGING)));

    /** The largest change of a fitted weight from {@code a} to {@code b}. */
    private static double largestMove(DecisionWeights a, DecisionWeights b) {
        double move = 0;
        for (DecisionWeight k : FITTED) move = Math.max(move, Math.abs(k.of(b) - k.of(a)));
        return move;
    }

    /** The weights {@link #DAMPING} of the way from {@code from} to {@code fit} (the fitted weights only). */
    static DecisionWeights damped(DecisionWeights from, DecisionWeights fit) {
        DecisionWeights w = from;
        for (DecisionWeight k : FITTED) w = k.in(w, k.of(from) + DAMPING * (k.of(fit) - k.of(from)));
        return w;
    }

    /**
     * A decision the fit sees: who decided (COW abbreviation), in which year, about which war of the replay, the
     * model's decision (its utilities and features) and history's choice, the label (+1 the initiator's side,
     * -1 the other side, 0 stayed out).
     */
    public record Labelled(int year, String state, int war, Decision decision, int label) {
        public WeightFit.Observation observation() {
            return new WeightFit.Observation(decision.initiatorSide().features(), decision.otherSide().features(), label);
        }
    }

    /** A war of the data, imported and translated once for every pass, with its states' abbreviations by Entente ID. */
    public record PreparedWar(HistoryCase historyCase, Scenario scenario, Map<String, String> abbreviationOf) {
        public static PreparedWar of(Path dataDir, HistoryCase hc, ReplaySetup setup) throws ImportException, ReplayException {
            ImportResult imported = HistoryHarness.scenario(dataDir, hc, setup);
            Scenario scenario = HistoryHarness.checkAndTranslate(HistoryHarness.fileName(hc), imported.scenarioText()).scenario();
            Map<String, String> abb = new HashMap<>();
            imported.stateIds().forEach((a, id) -> abb.put(id, a));
            return new PreparedWar(hc, scenario, Map.copyOf(abb));
        }
    }

    /**
     * The labelled decisions of one war: the war is replayed with {@code weights}, and every state takes
     * <b>history's choice</b> ({@link #historysChoice}) instead of the model's, so each decision is taken in the
     * situation history produced (as far as the model's decisions reach it) and which decisions there are, and
     * their labels, do not depend on the weights (docs/semantics.md §6a, "Fit"). A state at war in history that
     * year with members of both sides takes no side (it stays out) and its decision is left out.
     */
    public static List<Labelled> observations(PreparedWar war, DecisionWeights weights) {
        return observations(war, weights, Situations.HISTORY);
    }

    /**
     * The labelled decisions of one war in the given situations: {@link Situations#HISTORY} as above;
     * {@link Situations#MODEL} the model's own replay with {@code weights}, each of its decisions labelled with
     * history's choice (the fit of the defaults).
     */
    public static List<Labelled> observations(PreparedWar war, DecisionWeights weights, Situations situations) {
        if (situations == Situations.SAMPLED) throw new IllegalArgumentException("sampled situations need draws: sampledObservations");
        List<Labelled> out = new ArrayList<>();
        if (situations == Situations.HISTORY) replayWithHistorysChoices(war, weights, out);
        else Simulation.run(war.scenario(), SimulationOptions.defaults().withWeights(weights).observing(labelling(war, out)));
        return out;
    }

    /**
     * The labelled decisions of {@code samples} replays of one war with {@code weights}, every decision drawn, replay k
     * drawing from the next generator split off {@code root}: the model's sampled situations.
     */
    public static List<Labelled> sampledObservations(PreparedWar war, DecisionWeights weights, int samples, SplittableRandom root) {
        List<Labelled> out = new ArrayList<>();
        for (int k = 0; k < samples; k++) {
            Simulation.run(war.scenario(), SimulationOptions.defaults().withWeights(weights).drawing(root.split())
                    .observing(labelling(war, out)));
        }
        return out;
    }

    /** An observer that labels every decision with history's choice; a state at war with both sides is left out. */
    private static org.entente.engine.decision.DecisionObserver labelling(PreparedWar war, List<Labelled> out) {
        Set<PairYear> history = war.historyCase().history();
        Map<String, String> abb = war.abbreviationOf();
        return (year, d, sideA, sideB) -> {
            String z = abb.get(d.state());
            int label = z == null ? BOTH : historysChoice(history, year, z, sideA, sideB, abb);
            if (label != BOTH) out.add(new Labelled(year, z, d.war(), d, label));
        };
    }

    /** The replay {@link #observations} reads: every state takes history's choice; its labelled decisions go to {@code out}. */
    public static Trace replayWithHistorysChoices(PreparedWar war, DecisionWeights weights, List<Labelled> out) {
        Set<PairYear> history = war.historyCase().history();
        Map<String, String> abb = war.abbreviationOf();
        SimulationOptions options = SimulationOptions.defaults().withWeights(weights)
                .observing(labelling(war, out))
                .choosing((year, d, sideA, sideB) -> {
                    String z = abb.get(d.state());
                    if (z == null) return d.choice();
                    int choice = historysChoice(history, year, z, sideA, sideB, abb);
                    return choice == BOTH ? 0 : choice;
                });
        return Simulation.run(war.scenario(), options);
    }

    /** {@link #historysChoice} of a state at war in history with members of both sides. */
    private static final int BOTH = 2;

    /**
     * What state {@code z} did in history in {@code year}: at war with a member of the other side → this side
     * (+1 the initiator's, -1 the other); with neither → out (0); with members of both → {@link #BOTH} (it stays
     * out in the replay, and the fit leaves the decision out).
     */
    static int historysChoice(Set<PairYear> history, int year, String z, List<String> sideA, List<String> sideB,
            Map<String, String> abb) {
        boolean joinedA = fights(history, year, z, sideB, abb), joinedB = fights(history, year, z, sideA, abb);
        return joinedA && joinedB ? BOTH : joinedA ? 1 : joinedB ? -1 : 0;
    }

    private static boolean fights(Set<PairYear> history, int year, String z, List<String> side, Map<String, String> abb) {
        for (String id : side) {
            String y = abb.get(id);
            if (y != null && !y.equals(z) && history.contains(PairYear.of(year, z, y))) return true;
        }
        return false;
    }

    /** Equal to the three decimals the defaults are written with. */
    private static boolean close(DecisionWeights a, DecisionWeights b) {
        for (DecisionWeight k : DecisionWeight.values()) if (Math.abs(k.of(a) - k.of(b)) > 0.0005) return false;
        return true;
    }

    /** A count over N replays, per replay: the whole number when N is 1, else one decimal. */
    private static String perReplay(int count, int samples) {
        return samples == 1 ? Integer.toString(count) : String.format(Locale.ROOT, "%.1f", count / (double) samples);
    }

    public static String text(List<Pass> passes, Score prior, Score fitted, Situations situations) {
        StringBuilder sb = new StringBuilder("Fit of the decision weights on the joining decisions of the multi-state wars in the data\n");
        int samples = passes.get(0).samples();
        String likelihood = " maximum likelihood with a Gaussian prior, s.d. " + PRIOR_SIGMA + ", around the design's weights, every weight\n"
                + " but beta0 constrained to be >= 0;";
        String notFitted = " betaCG, chain-ganging, is not fitted: no war in the data has a state with an offensive doctrine;\n";
        sb.append(switch (situations) {
            case MODEL -> "(each war is replayed with the model's own choices and every decision the model takes is labelled\n"
                + " with what the state did in history that year;" + likelihood + " a change of weights changes\n"
                + " which decisions the next replay sees, so each pass replays with weights moved half way to the previous fit;\n"
                + notFitted
                + " --conditional fits in history's situations instead, --samples N in the model's sampled ones)\n\n";
            case SAMPLED -> "(the model's sampled situations: each war is replayed " + samples + " times with every decision drawn from\n"
                + " its probabilities, the same draws in every pass, and every decision taken is labelled with what the state\n"
                + " did in history that year; each replay's decisions weigh 1/" + samples + ";" + likelihood + "\n"
                + " each pass replays with weights moved half way to the previous fit;\n"
                + notFitted
                + " decisions, joins and log-likelihoods below are per replay; the MCC below is the deterministic replay)\n\n";
            case HISTORY -> "(conditional likelihood: each war is replayed with every state doing what it did in history that year,\n"
                + " so each decision is taken in history's situation and labelled with history's choice in it: the\n"
                + " probability of history's choices given history's situations, not given the model's own;\n"
                + likelihood + " which decisions there are and their labels do not depend on the\n"
                + " weights; each pass replays with weights moved half way to the previous fit;\n"
                + notFitted
                + " the MCC below is the model's own replay, without history's choices)\n\n";
        });
        for (int k = 0; k < passes.size(); k++) {
            Pass p = passes.get(k);
            WeightFit.Result r = p.fit();
            // per replay: N replays' decisions weigh as one (their s.e. as one replay's, √N times those of N × the data)
            double n = p.samples();
            sb.append(String.format(Locale.ROOT, "pass %d: %d wars, %s decisions, %s joins; log-likelihood %.2f at the start, %.2f fitted%s%n",
                    k + 1, p.wars(), perReplay(r.observations(), p.samples()), perReplay(r.joins(), p.samples()),
                    r.startLogLikelihood() / n, r.logLikelihood() / n, r.converged() ? "" : " (Newton did not converge)"));
            WeightFit.Result u = p.unconstrained();
            for (int a = 0; a < WeightFit.K; a++) {
                String se = Double.isNaN(r.standardErrors()[a]) ? "at the bound"
                        : String.format(Locale.ROOT, "s.e. %.3f", r.standardErrors()[a] * Math.sqrt(n));
                sb.append(String.format(Locale.ROOT, "  %-6s %8.3f  (%s; without the sign constraint %.3f)%n", WeightFit.NAMES[a],
                        r.weights()[a], se, u.weights()[a]));
            }
        }
        sb.append(converged(passes)
                ? String.format(Locale.ROOT, "%nconverged in %d passes (each pass moves the weights %.1f of the way to its fit; stop when every move < %.2f)%n",
                        passes.size(), DAMPING, TOLERANCE)
                : String.format(Locale.ROOT, "%nnot converged in %d passes (each pass moves the weights %.1f of the way to its fit; stop when every move < %.2f)%n",
                        passes.size(), DAMPING, TOLERANCE));
        sb.append(String.format(Locale.ROOT, "pair-year MCC over these wars: %.3f with the design's weights, %.3f with the fitted ones%n",
                prior.mcc(), fitted.mcc()));
        DecisionWeights last = fitted(passes);
        boolean isDefault = last.equals(DecisionWeights.defaults()) || close(last, DecisionWeights.defaults());
        if (situations == Situations.HISTORY) {
            sb.append(isDefault ? "the fitted weights are the defaults\n"
                    : "these are not the defaults: the defaults are the fit in the model's own situations (--fit without\n"
                    + "--conditional; docs/validation-against-history.md, \"The conditional-likelihood fit\")\n");
        } else if (situations == Situations.SAMPLED) {
            sb.append(isDefault ? "the fitted weights are the defaults\n"
                    : "these are not the defaults: the defaults are the fit in the model's deterministic situations (--fit without\n"
                    + "--samples; docs/validation-against-history.md, \"The fit in the model's sampled situations\")\n");
        } else {
            sb.append(isDefault ? "the fitted weights are the defaults\n"
                    : "the defaults differ from these weights: update DecisionWeights.defaults() and docs/semantics.md\n");
        }
        return sb.toString();
    }
}
