package org.entente.sweep.out;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.entente.charts.ChartPage;
import org.entente.engine.model.Polarity;
import org.entente.engine.model.PostureKind;
import org.entente.sweep.plan.Parameter;
import org.entente.sweep.plan.Points;
import org.entente.sweep.plan.Target;
import org.entente.sweep.run.SweepResult;
import org.entente.sweep.run.Tally;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sweep's summary page {@code OUT.html} (docs/sweep.md, "The summary page"): for each parameter that
 * takes more than one value, how the main outcomes move with it. Every number is computed here from the
 * tallies (schema {@code entente-sweep-summary/1}, inlined in the page); the page's script only draws
 * them with the report's chart libraries ({@link ChartPage}, module charts).
 */
public final class SummaryPage {
    /** At most this many pairs and expectations per chart, those whose outcome varies most across the points. */
    static final int MAX_PAIRS = 6, MAX_EXPECTATIONS = 8;
    private static final String FOLDER = "/org/entente/sweep/page/";

    private SummaryPage() {}

    public static String html(SweepResult r, String scenario, String plan) {
        String json;
        try {
            json = new ObjectMapper().writeValueAsString(data(r, scenario, plan));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return ChartPage.render(ChartPage.resource(SummaryPage.class, FOLDER + "summary.html"), "sweep of " + scenario,
                ChartPage.resource(SummaryPage.class, FOLDER + "summary.css"), json,
                ChartPage.resource(SummaryPage.class, FOLDER + "summary.js"));
    }

    /** One outcome of one point: the panel ({@code war}, {@code expectation}, {@code posture}, {@code polarity}), its series and value. */
    record Outcome(String panel, String subject, double value) {}

    static Map<String, Object> data(SweepResult r, String scenario, String plan) {
        List<Points.Point> points = r.points();
        List<List<Outcome>> outcomes = new ArrayList<>();
        int lastYear = 0;
        List<String> pairs = pairs(r), expectations = expectations(r);
        Set<String> postures = new LinkedHashSet<>(), polarities = new LinkedHashSet<>();
        for (Tally t : r.tallies()) {
            if (t.runs() == 0) continue;
            lastYear = t.years()[t.years().length - 1];
            for (PostureKind p : PostureKind.values()) if (t.postures()[p.ordinal()] > 0) postures.add(p.word());
            for (Polarity p : Polarity.values()) if (t.polarity()[t.years().length - 1][p.ordinal()] > 0) polarities.add(p.word());
        }
        for (int k = 0; k < points.size(); k++) {
            Tally t = r.tallies().get(k);
            List<Outcome> o = new ArrayList<>();
            if (t.runs() > 0) {
                Map<String, Double> war = lastTurnWars(t, r.states());
                for (String pair : pairs) o.add(new Outcome("war", pair, war.getOrDefault(pair, 0.0)));
                for (String e : expectations) o.add(new Outcome("expectation", e, t.held()[r.expectations().indexOf(e)] / (double) t.runs()));
                for (PostureKind p : PostureKind.values()) {
                    if (postures.contains(p.word())) o.add(new Outcome("posture", p.word(), t.postures()[p.ordinal()] / (double) t.stateTurns()));
                }
                int[] last = t.polarity()[t.years().length - 1];
                for (Polarity p : Polarity.values()) {
                    if (polarities.contains(p.word())) o.add(new Outcome("polarity", p.word(), last[p.ordinal()] / (double) t.runs()));
                }
            }
            outcomes.add(o);
        }
        List<Map<String, Object>> parameters = new ArrayList<>();
        List<Parameter> planned = r.plan().parameters();
        for (int c = 0; c < planned.size(); c++) {
            Parameter p = planned.get(c);
            Set<Double> distinct = new LinkedHashSet<>();
            for (Points.Point point : points) distinct.add(point.values()[c]);
            if (distinct.size() < 2) continue;
            List<Map<String, Object>> values = new ArrayList<>();
            // per value of the parameter, series by series: the sum and count of the points' outcomes
            Map<Double, Map<String, double[]>> sums = new TreeMap<>();
            for (int k = 0; k < points.size(); k++) {
                double x = points.get(k).values()[c];
                for (Outcome o : outcomes.get(k)) {
                    values.add(row(points.get(k).index(), x, o.panel(), o.subject(), o.value()));
                    double[] s = sums.computeIfAbsent(x, v -> new LinkedHashMap<>()).computeIfAbsent(o.panel() + "\n" + o.subject(), v -> new double[2]);
                    s[0] += o.value();
                    s[1]++;
                }
            }
            List<Map<String, Object>> means = new ArrayList<>();
            sums.forEach((x, bySeries) -> bySeries.forEach((key, s) -> {
                String[] ps = key.split("\n", 2);
                Map<String, Object> m = row(null, x, ps[0], ps[1], s[0] / s[1]);
                m.put("points", (int) s[1]);
                means.add(m);
            }));
            Map<String, Object> param = new LinkedHashMap<>();
            param.put("name", p.key());
            param.put("axis", axisTitle(p.target()));
            param.put("drawn", p.values().drawn());
            param.put("distinct", distinct.size());
            param.put("values", values);
            param.put("means", means);
            parameters.add(param);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("schema", "entente-sweep-summary/1");
        data.put("scenario", scenario);
        data.put("plan", plan);
        data.put("seed", r.plan().seed());
        data.put("points", points.size());
        data.put("samples", r.plan().samples());
        data.put("lastYear", lastYear);
        data.put("pairs", pairs);
        data.put("expectations", expectations);
        data.put("allExpectations", r.expectations().size());
        data.put("parameters", parameters);
        return data;
    }

    private static Map<String, Object> row(Integer point, double x, String panel, String subject, double y) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (point != null) m.put("point", point);
        m.put("x", x);
        m.put("panel", panel);
        m.put("subject", subject);
        m.put("y", y);
        return m;
    }

    /** The share of runs in which each pair ({@code A-B}, as in the CSV) is at war at the end of the last turn. */
    static Map<String, Double> lastTurnWars(Tally t, List<String> states) {
        Map<String, Double> out = new LinkedHashMap<>();
        int n = t.years().length, s = states.size();
        for (var e : new TreeMap<>(t.wars()).entrySet()) {
            if (e.getKey() % n != n - 1) continue;
            long pair = e.getKey() / n;
            out.put(states.get((int) (pair / s)) + "-" + states.get((int) (pair % s)), e.getValue() / (double) t.runs());
        }
        return out;
    }

    /** The pairs at war at the end in some point, those whose share varies most across points first (then the likeliest, then declaration order). */
    static List<String> pairs(SweepResult r) {
        List<Map<String, Double>> byPoint = r.tallies().stream().filter(t -> t.runs() > 0).map(t -> lastTurnWars(t, r.states())).toList();
        Set<String> all = new LinkedHashSet<>();
        byPoint.forEach(m -> all.addAll(m.keySet()));
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.<String>comparingInt(pair -> r.states().indexOf(pair.substring(0, pair.indexOf('-'))))
                .thenComparingInt(pair -> r.states().indexOf(pair.substring(pair.indexOf('-') + 1))));
        return mostVarying(sorted, name -> byPoint.stream().mapToDouble(m -> m.getOrDefault(name, 0.0)).toArray(), MAX_PAIRS);
    }

    /** The expectations, in declaration order; when there are many, those whose pass rate varies most across points. */
    static List<String> expectations(SweepResult r) {
        List<Tally> ts = r.tallies().stream().filter(t -> t.runs() > 0).toList();
        List<String> chosen = mostVarying(r.expectations(), e -> {
            int k = r.expectations().indexOf(e);
            return ts.stream().mapToDouble(t -> t.held()[k] / (double) t.runs()).toArray();
        }, MAX_EXPECTATIONS);
        return r.expectations().stream().filter(chosen::contains).toList();
    }

    private static List<String> mostVarying(List<String> names, java.util.function.Function<String, double[]> values, int max) {
        if (names.size() <= max) return List.copyOf(names);
        Map<String, double[]> stats = new LinkedHashMap<>();
        for (String n : names) {
            double[] v = values.apply(n);
            double mean = 0, var = 0;
            for (double x : v) mean += x / v.length;
            for (double x : v) var += (x - mean) * (x - mean) / v.length;
            stats.put(n, new double[] { var, mean });
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.<String>comparingDouble(n -> -stats.get(n)[0]).thenComparingDouble(n -> -stats.get(n)[1]));
        return sorted.subList(0, max);
    }

    /** The x axis: the parameter as written and its unit or range (docs/sweep.md, "Parameters"). */
    static String axisTitle(Target t) {
        String unit = switch (t.property()) {
            case POWER_WEIGHT, PROXIMITY_WEIGHT, OFFENSIVE_WEIGHT, INTENT_WEIGHT -> "threat weight";
            case THREAT_FLOOR -> "threat score, 0\u20131";
            case GREAT_POWER, POLE_SHARE -> "share of system power, 0\u20131";
            case ARMS_GROWTH -> "capability growth per turn, 0.05 = 5%";
            case LAPSE_AFTER -> "turns";
            case MILITARY, ECONOMY, POPULATION -> "capability, as in the scenario";
            case OFFENSIVE, INTENT, STABILITY -> "0\u20131";
            case DOCTRINE -> "0 defensive \u2013 1 offensive";
            case RELIABILITY -> "probability of honouring, 0\u20131";
        };
        return t.key() + " (" + unit + ")";
    }
}
