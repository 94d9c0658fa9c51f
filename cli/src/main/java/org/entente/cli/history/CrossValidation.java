package org.entente.cli.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.entente.engine.decision.DecisionWeights;
import org.entente.engine.decision.WeightFit;
import org.entente.importer.history.HistoryCase;
import org.entente.importer.history.Score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code entente history --fit --cross-validate}: leave-one-war-out cross-validation of the fit. Each war is replayed
 * with the weights fitted, by the same procedure as the defaults, on every other war, and scored as usual; the
 * held-out pair-years pooled over the wars are the model's figure on history it was not fitted to
 * (docs/validation-against-history.md, "Cross-validation: each war replayed with weights it was not fitted to").
 * The in-sample score (the fit on every war) and "nobody joins" are printed beside it.
 */
public final class CrossValidation {
    private CrossValidation() {}

    /** One held-out war: the weights fitted without it, whether that fit converged, and the three scores. */
    public record Fold(HistoryCase war, DecisionWeights fitted, boolean converged, Score heldOut, Score inSample, Score nobody) {}

    /** The folds and the fit on every war that the in-sample column replays. */
    public record Result(List<Fold> folds, DecisionWeights fittedOnAll, boolean allConverged, DecisionFit.Situations situations) {
        public Score pooledHeldOut() { return Score.pool(folds.stream().map(Fold::heldOut).toList()); }
        public Score pooledInSample() { return Score.pool(folds.stream().map(Fold::inSample).toList()); }
        public Score pooledNobody() { return Score.pool(folds.stream().map(Fold::nobody).toList()); }
    }

    /** Fits on every war, then once per war on the others, each fit from {@code start} as {@link DecisionFit#run} does. */
    public static Result run(List<DecisionFit.PreparedWar> wars, DecisionWeights start, DecisionFit.Situations situations,
            DecisionFit.Draws draws) {
        List<DecisionFit.Pass> all = DecisionFit.run(wars, start, situations, draws);
        DecisionWeights onAll = DecisionFit.fitted(all);
        List<Fold> folds = new ArrayList<>();
        for (DecisionFit.PreparedWar heldOut : wars) {
            List<DecisionFit.PreparedWar> others = wars.stream().filter(w -> w != heldOut).toList();
            List<DecisionFit.Pass> passes = DecisionFit.run(others, start, situations, draws);
            DecisionWeights without = DecisionFit.fitted(passes);
            HistoryCase hc = heldOut.historyCase();
            folds.add(new Fold(hc, without, DecisionFit.converged(passes), DecisionFit.score(heldOut, without),
                    DecisionFit.score(heldOut, onAll), hc.score(HistoryBaselines.nobody(hc))));
        }
        return new Result(folds, onAll, DecisionFit.converged(all), situations);
    }

    public static String text(Result r) {
        int n = r.folds().size();
        StringBuilder sb = new StringBuilder("Leave-one-war-out cross-validation of the fit (")
                .append(switch (r.situations()) {
                    case MODEL -> "in the model's own situations, as the defaults";
                    case SAMPLED -> "in the model's sampled situations";
                    case HISTORY -> "in history's situations, the conditional likelihood";
                })
                .append(")\n(each war is replayed with the weights fitted on the other ").append(n == 2 ? "war" : (n - 1) + " wars")
                .append(": history it was not fitted to;\n in-sample: the weights fitted on all ").append(n)
                .append(" wars; nobody: only the opening pairs at war)\n\n");
        sb.append(String.format(Locale.ROOT, "%-6s %-9s | %-28s | %-9s | %-9s | %s%n", "war", "years", "held out: TP/FP/FN/TN    MCC",
                "in-sample", "nobody", "weights fitted without the war"));
        for (Fold f : r.folds()) {
            HistoryCase hc = f.war();
            sb.append(String.format(Locale.ROOT, "%-6d %-9s | %-22s %5.3f | %9.3f | %9.3f | %s%s%n", hc.war().number(),
                    hc.onset() + "-" + hc.lastYear(), counts(f.heldOut()), f.heldOut().mcc(), f.inSample().mcc(), f.nobody().mcc(),
                    weights(f.fitted()), f.converged() ? "" : " (not converged)"));
        }
        Score held = r.pooledHeldOut(), in = r.pooledInSample(), nobody = r.pooledNobody();
        sb.append(String.format(Locale.ROOT, "%-6s %-9s | %-22s %5.3f | %9.3f | %9.3f | %s%s%n", "total", n + " wars", counts(held),
                held.mcc(), in.mcc(), nobody.mcc(), weights(r.fittedOnAll()), r.allConverged() ? " (the fit on all wars)"
                        : " (the fit on all wars, not converged)"));
        sb.append(String.format(Locale.ROOT, "%npooled pair-year MCC on wars the weights were not fitted to: %.3f (in-sample %.3f, nobody joins %.3f)%n",
                held.mcc(), in.mcc(), nobody.mcc()));
        return sb.toString();
    }

    /**
     * One row per war and run ({@code held_out}, {@code in_sample}, {@code nobody}), then the pooled rows; the weights
     * are those the run replayed the war with (none for nobody).
     */
    public static String csv(Result r) {
        StringBuilder sb = new StringBuilder("war,first_year,last_year,run,tp,fp,fn,tn,mcc,converged");
        for (String name : WeightFit.NAMES) sb.append(',').append(name);
        sb.append('\n');
        for (Fold f : r.folds()) {
            HistoryCase hc = f.war();
            String war = hc.war().number() + "," + hc.onset() + "," + hc.lastYear();
            csvRow(sb, war, "held_out", f.heldOut(), String.valueOf(f.converged()), f.fitted());
            csvRow(sb, war, "in_sample", f.inSample(), String.valueOf(r.allConverged()), r.fittedOnAll());
            csvRow(sb, war, "nobody", f.nobody(), "", null);
        }
        csvRow(sb, "total,,", "held_out", r.pooledHeldOut(), "", null);
        csvRow(sb, "total,,", "in_sample", r.pooledInSample(), String.valueOf(r.allConverged()), r.fittedOnAll());
        csvRow(sb, "total,,", "nobody", r.pooledNobody(), "", null);
        return sb.toString();
    }

    private static void csvRow(StringBuilder sb, String war, String run, Score s, String converged, DecisionWeights w) {
        sb.append(war).append(',').append(run).append(',').append(counts(s).replace('/', ','))
                .append(String.format(Locale.ROOT, ",%.4f,", s.mcc())).append(converged);
        for (int a = 0; a < WeightFit.K; a++) {
            sb.append(',');
            if (w != null) sb.append(String.format(Locale.ROOT, "%.4f", WeightFit.ORDER.get(a).of(w)));
        }
        sb.append('\n');
    }

    /** {@code {"schema": "entente-cross-validation/1", "situations", "wars": [...], "total": {...}, "fitOnAll": {...}}}. */
    public static String json(Result r) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", "entente-cross-validation/1");
        root.put("situations", r.situations().name().toLowerCase(Locale.ROOT));
        var wars = root.putArray("wars");
        for (Fold f : r.folds()) {
            ObjectNode w = wars.addObject();
            w.put("war", f.war().war().number());
            w.put("firstYear", f.war().onset());
            w.put("lastYear", f.war().lastYear());
            scoreNode(w.putObject("heldOut"), f.heldOut());
            scoreNode(w.putObject("inSample"), f.inSample());
            scoreNode(w.putObject("nobody"), f.nobody());
            weightsNode(w.putObject("weightsFittedWithout"), f.fitted());
            w.put("converged", f.converged());
        }
        ObjectNode total = root.putObject("total");
        scoreNode(total.putObject("heldOut"), r.pooledHeldOut());
        scoreNode(total.putObject("inSample"), r.pooledInSample());
        scoreNode(total.putObject("nobody"), r.pooledNobody());
        ObjectNode all = root.putObject("fitOnAll");
        weightsNode(all.putObject("weights"), r.fittedOnAll());
        all.put("converged", r.allConverged());
        try {
            return mapper.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void scoreNode(ObjectNode n, Score s) {
        n.put("tp", s.truePositives()).put("fp", s.falsePositives()).put("fn", s.falseNegatives()).put("tn", s.trueNegatives())
                .put("mcc", s.mcc());
    }

    private static void weightsNode(ObjectNode n, DecisionWeights w) {
        for (int a = 0; a < WeightFit.K; a++) n.put(WeightFit.NAMES[a], WeightFit.ORDER.get(a).of(w));
    }

    private static String counts(Score s) {
        return s.truePositives() + "/" + s.falsePositives() + "/" + s.falseNegatives() + "/" + s.trueNegatives();
    }

    /** The fitted weights in the fit's order and names (betaCG is not fitted, so not shown). */
    private static String weights(DecisionWeights w) {
        StringBuilder sb = new StringBuilder();
        for (int a = 0; a < WeightFit.K; a++) {
            if (a > 0) sb.append(' ');
            sb.append(WeightFit.NAMES[a]).append(String.format(Locale.ROOT, " %.2f", WeightFit.ORDER.get(a).of(w)));
        }
        return sb.toString();
    }
}
