package org.entente.cli.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.entente.importer.history.BrierScore;
import org.entente.importer.history.HistoryCase;
import org.entente.importer.history.Opening;
import org.entente.importer.history.PairYear;
import org.entente.importer.history.Score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Renders history scores as text, JSON or CSV ({@code docs/cli.md}, {@code entente history}). The
 * runs are the model and the requested baselines, in that order; the total pools the counts.
 */
public final class HistoryReport {

    /** A war that could not be replayed (its import does not check), with the reason. */
    public record Skipped(int war, String reason) {
    }

    private final List<WarResult> results;
    private final List<Skipped> skipped;
    private final List<HistoryBaselines.Baseline> baselines;
    /** Sampled mode: the forecast of each war by number; empty when the deterministic run alone was scored. */
    private final Map<Integer, WarForecast> forecasts;

    public HistoryReport(List<WarResult> results, List<Skipped> skipped, List<HistoryBaselines.Baseline> baselines) {
        this(results, skipped, baselines, Map.of());
    }

    /** With the sampled forecasts of the wars (every war of {@code results} has one, or none has). */
    public HistoryReport(List<WarResult> results, List<Skipped> skipped, List<HistoryBaselines.Baseline> baselines,
            Map<Integer, WarForecast> forecasts) {
        this.results = List.copyOf(results);
        this.skipped = List.copyOf(skipped);
        this.baselines = List.copyOf(baselines);
        this.forecasts = Map.copyOf(forecasts);
        if (!this.forecasts.isEmpty() && !this.baselines.contains(HistoryBaselines.Baseline.nobody)) {
            throw new IllegalArgumentException("sampled mode scores \"nobody\" as the reference of the skill");
        }
    }

    private boolean sampled() {
        return !forecasts.isEmpty();
    }

    private WarForecast forecast(WarResult r) {
        return forecasts.get(r.historyCase().war().number());
    }

    /** Run name to Brier score for one war in sampled mode: "model" (the shares) first, then the baselines. */
    private Map<String, BrierScore> brierRuns(WarForecast f) {
        Map<String, BrierScore> out = new LinkedHashMap<>();
        out.put("model", f.model());
        baselines.forEach(b -> out.put(b.name(), f.baselines().get(b)));
        return out;
    }

    /** The pooled Brier scores over every replayed war, per run (sampled mode). */
    public Map<String, BrierScore> totalBrier() {
        Map<String, List<BrierScore>> byRun = new LinkedHashMap<>();
        byRun.put("model", new ArrayList<>());
        baselines.forEach(b -> byRun.put(b.name(), new ArrayList<>()));
        for (WarResult r : results) {
            brierRuns(forecast(r)).forEach((name, b) -> byRun.get(name).add(b));
        }
        Map<String, BrierScore> out = new LinkedHashMap<>();
        byRun.forEach((name, list) -> out.put(name, BrierScore.pool(list)));
        return out;
    }

    /** How many of the pair-years furthest from history the text of one war lists. */
    static final int FURTHEST = 20;

    /** Run name to score for one war: "model" first, then the baselines in the requested order. */
    private Map<String, Score> runs(WarResult r) {
        Map<String, Score> out = new LinkedHashMap<>();
        out.put("model", r.modelScore());
        baselines.forEach(b -> out.put(b.name(), r.baselines().get(b)));
        return out;
    }

    /** The pooled scores over every replayed war, per run. */
    public Map<String, Score> total() {
        Map<String, List<Score>> byRun = new LinkedHashMap<>();
        for (WarResult r : results) {
            runs(r).forEach((name, s) -> byRun.computeIfAbsent(name, k -> new ArrayList<>()).add(prefixed(r, s)));
        }
        Map<String, Score> out = new LinkedHashMap<>();
        if (byRun.isEmpty()) {
            out.put("model", Score.pool(List.of()));
            baselines.forEach(b -> out.put(b.name(), Score.pool(List.of())));
        }
        byRun.forEach((name, list) -> out.put(name, Score.pool(list)));
        return out;
    }

    /** Joiner names prefixed with the war ("106:RUS"), for the pooled lists. */
    private static Score prefixed(WarResult r, Score s) {
        String p = r.historyCase().war().number() + ":";
        return new Score(s.truePositives(), s.falsePositives(), s.falseNegatives(), s.trueNegatives(),
                s.joinersFound().stream().map(x -> p + x).toList(), s.falseJoiners().stream().map(x -> p + x).toList(),
                s.missedJoiners().stream().map(x -> p + x).toList(), s.misses());
    }

    // ------------------------------------------------------------------ text

    /** One war in detail: states, openings, the scores of every run, the model's joiners and misses. */
    public String textOfOneWar() {
        StringBuilder sb = new StringBuilder();
        for (WarResult r : results) {
            HistoryCase c = r.historyCase();
            sb.append("War ").append(c.war().number()).append(", ").append(c.onset()).append('-').append(c.lastYear())
                    .append(": ").append(c.states().size()).append(" states imported at onset (").append(c.onset())
                    .append("): ").append(String.join(", ", c.stateNames())).append('\n');
            // the events as replayed: with joint openings a later opening is a second front ("... alongside AUH")
            sb.append("Opening attacks (scripted): ").append(r.model().scenario().events().stream()
                    .map(org.entente.engine.model.Event::describe).collect(Collectors.joining("; "))).append('\n');
            if (!c.notScored().isEmpty()) {
                sb.append("Not scored: ").append(String.join(", ", c.notScored())).append('\n');
            }
            long pairYears = r.modelScore().total();
            sb.append("Scored: ").append(pairYears).append(" pair-years (").append(c.years().size()).append(" years x ")
                    .append(pairYears / Math.max(1, c.years().size())).append(" pairs), ").append(c.history().size())
                    .append(" at war in history\n\n");
            header(sb);
            runs(r).forEach((name, s) -> row(sb, name, s));
            Score m = r.modelScore();
            sb.append("\nJoiners in history: ").append(list(join(m.joinersFound(), m.missedJoiners()))).append('\n');
            sb.append("Model: found ").append(list(m.joinersFound())).append("; false ").append(list(m.falseJoiners()))
                    .append("; missed ").append(list(m.missedJoiners())).append('\n');
            sb.append("\nMisses of the model (").append(m.misses().size()).append("):\n");
            m.misses().forEach(x -> sb.append("  ").append(x.describe("model")).append('\n'));
            if (sampled()) {
                sampledText(sb, forecast(r));
            }
        }
        skipped.forEach(s -> sb.append("War ").append(s.war()).append(": not replayed: ").append(s.reason()).append('\n'));
        return sb.toString();
    }

    /** The Brier block of one war: every run's Brier and skill, then the pair-years furthest from history. */
    private void sampledText(StringBuilder sb, WarForecast f) {
        sb.append("\nSampled: ").append(f.samples()).append(" runs drawing every decision (seed ").append(f.seed())
                .append("); forecast = per pair-year the share of runs at war\n");
        sb.append(String.format(Locale.ROOT, "%-8s %7s %7s%n", "run", "Brier", "skill"));
        brierRuns(f).forEach((name, b) -> sb.append(String.format(Locale.ROOT, "%-8s %7.4f %7s%n", name, b.brier(),
                skill(b, f.nobody()))));
        List<BrierScore.Gap> furthest = f.model().furthest(FURTHEST);
        sb.append("\nFurthest from history (").append(furthest.size()).append(" of ").append(f.model().gaps().size())
                .append(" pair-years where the forecast is not history's 0 or 1):\n");
        furthest.forEach(g -> sb.append("  ").append(g.describe("model")).append('\n'));
    }

    /** The skill score against "nobody" with three decimals, "-" where it is not a number (a perfect reference). */
    private static String skill(BrierScore b, BrierScore nobody) {
        double s = b.skill(nobody);
        return Double.isNaN(s) ? "-" : String.format(Locale.ROOT, "%.3f", s);
    }

    private static List<String> join(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        out.sort(null);
        return out;
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static void header(StringBuilder sb) {
        sb.append(String.format(Locale.ROOT, "%-8s %6s %6s %6s %7s %9s %7s %7s %7s %7s%n", "run", "TP", "FP", "FN",
                "TN", "accuracy", "MCC", "found", "false", "missed"));
    }

    private static void row(StringBuilder sb, String name, Score s) {
        sb.append(String.format(Locale.ROOT, "%-8s %6d %6d %6d %7d %9.3f %7.3f %7d %7d %7d%n", name,
                s.truePositives(), s.falsePositives(), s.falseNegatives(), s.trueNegatives(), s.accuracy(), s.mcc(),
                s.joinersFound().size(), s.falseJoiners().size(), s.missedJoiners().size()));
    }

    /** Every war in one table, one row per war and a total row (pooled counts). */
    public String textOfAllWars() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-6s %-9s %6s %6s %5s | %-32s", "war", "years", "states", "p-yrs",
                "atwar", "model: TP/FP/FN/TN acc MCC"));
        sb.append(String.format(Locale.ROOT, " %5s %5s", "join+", "join-"));
        for (HistoryBaselines.Baseline b : baselines) {
            sb.append(String.format(Locale.ROOT, " | %-6s %5s %6s %5s %5s", b.name(), "acc", "MCC", "join+", "join-"));
        }
        if (sampled()) {
            sb.append(String.format(Locale.ROOT, " | %-6s %6s %7s", "Brier:", "model", "skill"));
            baselines.forEach(b -> sb.append(String.format(Locale.ROOT, " %6s", b.name())));
        }
        sb.append('\n');
        for (WarResult r : results) {
            HistoryCase c = r.historyCase();
            allRow(sb, String.valueOf(c.war().number()), c.onset() + "-" + c.lastYear(), String.valueOf(c.states().size()),
                    c.history().size(), runs(r), sampled() ? brierRuns(forecast(r)) : null);
        }
        Map<String, Score> total = total();
        long atWar = results.stream().mapToLong(r -> r.historyCase().history().size()).sum();
        long states = results.stream().mapToLong(r -> r.historyCase().states().size()).sum();
        allRow(sb, "total", results.size() + " wars", String.valueOf(states), atWar, total,
                sampled() ? totalBrier() : null);
        if (sampled()) {
            sb.append("Brier: per pair-year the share of ").append(samples()).append(" sampled runs at war (seed ")
                    .append(seeds()).append("), (p - o)^2 averaged; baselines are 0/1; skill = 1 - Brier / Brier of nobody\n");
        }
        skipped.forEach(s -> sb.append("war ").append(s.war()).append(": not replayed: ").append(s.reason()).append('\n'));
        return sb.toString();
    }

    /** The number of sampled runs per war (the same for every war). */
    private int samples() {
        return forecasts.values().iterator().next().samples();
    }

    /** The seed of the sampled runs, or the seeds in war order where the wars' scenarios declare different ones. */
    private String seeds() {
        return results.stream().map(r -> String.valueOf(forecast(r).seed())).distinct()
                .collect(Collectors.joining(", "));
    }

    private void allRow(StringBuilder sb, String war, String years, String states, long atWar, Map<String, Score> runs,
            Map<String, BrierScore> brier) {
        Score m = runs.get("model");
        sb.append(String.format(Locale.ROOT, "%-6s %-9s %6s %6d %5d | %-32s", war, years, states, m.total(), atWar,
                String.format(Locale.ROOT, "%d/%d/%d/%d %.3f %.3f", m.truePositives(), m.falsePositives(),
                        m.falseNegatives(), m.trueNegatives(), m.accuracy(), m.mcc())));
        sb.append(String.format(Locale.ROOT, " %5d %5d", m.joinersFound().size(), m.falseJoiners().size()));
        for (HistoryBaselines.Baseline b : baselines) {
            Score s = runs.get(b.name());
            sb.append(String.format(Locale.ROOT, " | %-6s %5.3f %6.3f %5d %5d", "", s.accuracy(), s.mcc(),
                    s.joinersFound().size(), s.falseJoiners().size()));
        }
        if (brier != null) {
            BrierScore nobody = brier.get(HistoryBaselines.Baseline.nobody.name());
            sb.append(String.format(Locale.ROOT, " | %-6s %6.4f %7s", "", brier.get("model").brier(),
                    skill(brier.get("model"), nobody)));
            baselines.forEach(b -> sb.append(String.format(Locale.ROOT, " %6.4f", brier.get(b.name()).brier())));
        }
        sb.append('\n');
    }

    // ------------------------------------------------------------------ CSV

    /** One row per war and run, then one total row per run. */
    public String csv() {
        StringBuilder sb = new StringBuilder("war,first_year,last_year,states,run,tp,fp,fn,tn,accuracy,mcc,"
                + "joiners_found,false_joiners,missed_joiners" + (sampled() ? ",samples,seed,brier,brier_skill" : "") + "\n");
        for (WarResult r : results) {
            HistoryCase c = r.historyCase();
            Map<String, BrierScore> brier = sampled() ? brierRuns(forecast(r)) : null;
            runs(r).forEach((name, s) -> csvRow(sb, String.valueOf(c.war().number()), String.valueOf(c.onset()),
                    String.valueOf(c.lastYear()), c.states().size(), name, s,
                    brier == null ? "" : brierCells(forecast(r).samples(), String.valueOf(forecast(r).seed()), brier, name)));
        }
        long states = results.stream().mapToLong(r -> r.historyCase().states().size()).sum();
        Map<String, BrierScore> brier = sampled() ? totalBrier() : null;
        total().forEach((name, s) -> csvRow(sb, "total", "", "", states, name, s,
                brier == null ? "" : brierCells(samples(), "", brier, name)));
        return sb.toString();
    }

    private static void csvRow(StringBuilder sb, String war, String first, String last, long states, String run,
            Score s, String brierCells) {
        sb.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%s,%d,%d,%d,%d,%.4f,%.4f,%d,%d,%d%s%n", war, first, last, states,
                run, s.truePositives(), s.falsePositives(), s.falseNegatives(), s.trueNegatives(), s.accuracy(),
                s.mcc(), s.joinersFound().size(), s.falseJoiners().size(), s.missedJoiners().size(), brierCells));
    }

    /** ",samples,seed,brier,skill" of one run; the skill is empty where it is not a number. */
    private static String brierCells(int samples, String seed, Map<String, BrierScore> brier, String run) {
        double skill = brier.get(run).skill(brier.get(HistoryBaselines.Baseline.nobody.name()));
        return String.format(Locale.ROOT, ",%d,%s,%.6f,%s", samples, seed, brier.get(run).brier(),
                Double.isNaN(skill) ? "" : String.format(Locale.ROOT, "%.4f", skill));
    }

    // ------------------------------------------------------------------ JSON

    /** {@code {"schema": "entente-history/1", "wars": [...], "total": {...}, "skipped": [...]}}. */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", "entente-history/1");
        List<Object> wars = new ArrayList<>();
        for (WarResult r : results) {
            HistoryCase c = r.historyCase();
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("war", c.war().number());
            w.put("firstYear", c.onset());
            w.put("lastYear", c.lastYear());
            w.put("states", c.stateNames());
            List<Object> openings = new ArrayList<>();
            for (Opening o : c.openings()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("year", o.year());
                m.put("attacker", o.attacker());
                m.put("target", o.target());
                m.put("method", o.method());
                m.put("source", o.source());
                openings.add(m);
            }
            w.put("openings", openings);
            w.put("notScored", c.notScored());
            w.put("historyAtWar", c.history().size());
            Map<String, Object> runs = new LinkedHashMap<>();
            runs(r).forEach((name, s) -> runs.put(name, json(s, name, true)));
            w.put("runs", runs);
            if (sampled()) {
                w.put("sampled", sampledJson(c, forecast(r), brierRuns(forecast(r))));
            }
            wars.add(w);
        }
        root.put("wars", wars);
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("wars", results.size());
        Map<String, Object> runs = new LinkedHashMap<>();
        total().forEach((name, s) -> runs.put(name, json(s, name, false)));
        total.put("runs", runs);
        if (sampled()) {
            Map<String, Object> sampled = new LinkedHashMap<>();
            sampled.put("samples", samples());
            brierJson(sampled, totalBrier());
            total.put("sampled", sampled);
        }
        root.put("total", total);
        root.put("skipped", skipped.stream().map(s -> Map.of("war", s.war(), "reason", s.reason())).toList());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A war's sampled mode: runs, seed, Brier and skill per run, the furthest gaps in words, every share. */
    private static Map<String, Object> sampledJson(HistoryCase c, WarForecast f, Map<String, BrierScore> brier) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", f.samples());
        m.put("seed", f.seed());
        brierJson(m, brier);
        m.put("furthest", f.model().furthest(FURTHEST).stream().map(g -> g.describe("model")).toList());
        // every pair-year at war in some run or in history, in year and pair order; every other one is 0 in both
        Set<PairYear> listed = new TreeSet<>(f.shares().keySet());
        listed.addAll(c.history());
        List<Object> shares = new ArrayList<>();
        for (PairYear p : listed) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("year", p.year());
            e.put("a", p.a());
            e.put("b", p.b());
            e.put("share", f.shares().getOrDefault(p, 0.0));
            e.put("atWarInHistory", c.history().contains(p));
            shares.add(e);
        }
        m.put("shares", shares);
        return m;
    }

    private static void brierJson(Map<String, Object> m, Map<String, BrierScore> brier) {
        BrierScore nobody = brier.get(HistoryBaselines.Baseline.nobody.name());
        Map<String, Object> scores = new LinkedHashMap<>(), skills = new LinkedHashMap<>();
        brier.forEach((name, b) -> {
            scores.put(name, Math.round(b.brier() * 1e6) / 1e6);
            double s = b.skill(nobody);
            skills.put(name, Double.isNaN(s) ? null : round(s));
        });
        m.put("brier", scores);
        m.put("skill", skills);
    }

    private static Map<String, Object> json(Score s, String run, boolean withMisses) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tp", s.truePositives());
        m.put("fp", s.falsePositives());
        m.put("fn", s.falseNegatives());
        m.put("tn", s.trueNegatives());
        m.put("accuracy", round(s.accuracy()));
        m.put("mcc", round(s.mcc()));
        m.put("joinersFound", s.joinersFound());
        m.put("falseJoiners", s.falseJoiners());
        m.put("missedJoiners", s.missedJoiners());
        if (withMisses) {
            m.put("misses", s.misses().stream().map(x -> x.describe("model".equals(run) ? run : run + " baseline")).toList());
        }
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
