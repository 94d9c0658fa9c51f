package org.entente.sweep.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.entente.engine.model.Scenario;

/**
 * Reads a sweep plan, a small YAML file (JSON is YAML too), and refuses a bad one with the file, line and
 * column of the problem before anything runs (docs/sweep.md, "The plan").
 */
public final class PlanReader {

    private static final Set<String> KEYS = Set.of("scenario", "seed", "samples", "draws", "parameters");
    /** Far more points than any sweep needs; a typo such as a step of 0.0001 is caught before it runs for days. */
    public static final long MAX_RUNS = 100_000_000L;

    private PlanReader() {}

    public static Plan read(Path file) throws PlanException {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new PlanException(name, 1, 1, "no such file");
        } catch (IOException e) {
            throw new PlanException(name, 1, 1, "cannot read it (" + e.getMessage() + ")");
        }
        Located root;
        try (JsonParser parser = new YAMLFactory().createParser(text)) {
            parser.nextToken();
            root = Located.read(parser, name);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 1 : e.getLocation().getColumnNr();
            throw new PlanException(name, line, column, "not a YAML plan: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new PlanException(name, 1, 1, "cannot read it (" + e.getMessage() + ")");
        }
        if (!root.isMap()) throw new PlanException(name, root.line(), root.column(),
                "a plan is a map with scenario, seed, samples, draws and parameters (docs/sweep.md)");
        Map<String, Located> top = root.map();
        for (Map.Entry<String, Located> e : top.entrySet()) {
            if (!KEYS.contains(e.getKey())) throw new PlanException(name, e.getValue().line(), e.getValue().column(),
                    "unknown key '" + e.getKey() + "'; a plan has scenario, seed, samples, draws and parameters");
        }
        Located scenarioNode = top.get("scenario");
        if (scenarioNode == null || !(scenarioNode.value() instanceof String s) || s.isBlank()) {
            Located at = scenarioNode == null ? root : scenarioNode;
            throw new PlanException(name, at.line(), at.column(), "say which scenario to sweep: 'scenario: FILE.entente' (relative to the plan)");
        }
        Path dir = file.toAbsolutePath().getParent();
        Path scenario = dir.resolve((String) scenarioNode.value()).normalize();
        long seed = top.containsKey("seed") ? whole(name, top.get("seed"), "seed", Long.MIN_VALUE) : 0L;
        int samples = top.containsKey("samples") ? (int) whole(name, top.get("samples"), "samples", 1) : 100;
        int draws = top.containsKey("draws") ? (int) whole(name, top.get("draws"), "draws", 1) : 1;
        List<Parameter> parameters = new ArrayList<>();
        Located params = top.get("parameters");
        if (params != null && params.value() != null) {
            if (!params.isMap()) throw new PlanException(name, params.line(), params.column(),
                    "parameters is a map from a parameter to its values, e.g. 'settings.threatFloor: [0.3, 0.4]'");
            for (Map.Entry<String, Located> e : params.map().entrySet()) {
                parameters.add(parameter(name, e.getKey(), e.getValue(), params.keys().get(e.getKey())));
            }
        }
        if (draws > 1 && parameters.stream().noneMatch(p -> p.values().drawn())) {
            Located at = top.get("draws");
            throw new PlanException(name, at.line(), at.column(), "draws is " + draws
                    + " but no parameter is a distribution (uniform or normal) to draw from");
        }
        Plan plan = new Plan(file, scenario, seed, samples, draws, parameters);
        long runs = Points.count(plan) * samples;
        if (runs > MAX_RUNS) throw new PlanException(name, root.line(), root.column(), "the plan asks for " + runs
                + " runs (points x samples), more than " + MAX_RUNS + "; check the ranges' steps");
        return plan;
    }

    /** Checks the plan against the scenario: every state and treaty it names is declared there. */
    public static void check(Plan plan, Scenario scenario) throws PlanException {
        for (Parameter p : plan.parameters()) {
            Target t = p.target();
            boolean known = switch (t.kind()) {
                case SETTING -> true;
                case STATE -> scenario.state(t.name()).isPresent();
                case TREATY -> scenario.treaty(t.name()).isPresent();
            };
            if (!known) {
                String kind = t.kind() == Target.Kind.STATE ? "state" : "treaty";
                throw new PlanException(plan.file().toString(), p.line(), p.column(), "parameter '" + p.key() + "': the scenario "
                        + scenario.name() + " declares no " + kind + " '" + t.name() + "'");
            }
        }
    }

    private static Parameter parameter(String file, String key, Located node, Located keyAt) throws PlanException {
        Target target;
        try {
            target = Target.parse(key);
        } catch (IllegalArgumentException e) {
            throw new PlanException(file, keyAt.line(), keyAt.column(), e.getMessage());
        }
        Target.Property p = target.property();
        Values values;
        if (node.isNumber()) {
            values = new Values.Listed(List.of(((Number) node.value()).doubleValue()));
        } else if (node.isList()) {
            List<Double> list = new ArrayList<>();
            for (Located v : node.list()) list.add(number(file, v, key));
            if (list.isEmpty()) throw new PlanException(file, node.line(), node.column(), "parameter '" + key + "' has an empty list of values");
            values = new Values.Listed(list);
        } else if (node.isMap()) {
            values = shaped(file, key, node);
        } else {
            throw new PlanException(file, node.line(), node.column(), "parameter '" + key
                    + "' needs values: a list [a, b], a range {from: A, to: B, step: S}, {uniform: [MIN, MAX]} or {normal: {mean: M, sd: S}}");
        }
        if (values instanceof Values.Listed l) {
            for (double v : l.values()) inRange(file, node, key, p, v);
        } else if (values instanceof Values.Range r) {
            inRange(file, node, key, p, r.from());
            inRange(file, node, key, p, r.values().get(r.values().size() - 1));
        } else if (values instanceof Values.Uniform u) {
            inRange(file, node, key, p, u.min());
            inRange(file, node, key, p, u.max());
        } else if (values instanceof Values.Normal n) {
            inRange(file, node, key, p, n.mean());
        }
        if (p.integer && values.drawn()) throw new PlanException(file, node.line(), node.column(),
                "parameter '" + key + "' takes whole numbers: give a list or a range, not a distribution");
        return new Parameter(target, values, keyAt.line(), keyAt.column());
    }

    private static Values shaped(String file, String key, Located node) throws PlanException {
        Map<String, Located> m = node.map();
        if (m.containsKey("from") || m.containsKey("to") || m.containsKey("step")) {
            for (String k : m.keySet()) if (!Set.of("from", "to", "step").contains(k)) throw new PlanException(file,
                    m.get(k).line(), m.get(k).column(), "a range has from, to and step; '" + k + "' is not one of them");
            for (String k : List.of("from", "to", "step")) if (!m.containsKey(k)) throw new PlanException(file,
                    node.line(), node.column(), "the range of parameter '" + key + "' needs " + k);
            double from = number(file, m.get("from"), key), to = number(file, m.get("to"), key), step = number(file, m.get("step"), key);
            if (!(step > 0)) throw new PlanException(file, m.get("step").line(), m.get("step").column(),
                    "the range of parameter '" + key + "' needs a step above 0, not " + step);
            if (to < from) throw new PlanException(file, node.line(), node.column(),
                    "the range of parameter '" + key + "' is empty: from " + from + " is above to " + to);
            return new Values.Range(from, to, step);
        }
        if (m.size() == 1 && m.containsKey("uniform")) {
            Located u = m.get("uniform");
            double min, max;
            if (u.isList() && u.list().size() == 2) {
                min = number(file, u.list().get(0), key);
                max = number(file, u.list().get(1), key);
            } else if (u.isMap() && u.map().keySet().equals(Set.of("min", "max"))) {
                min = number(file, u.map().get("min"), key);
                max = number(file, u.map().get("max"), key);
            } else {
                throw new PlanException(file, u.line(), u.column(), "a uniform distribution reads {uniform: [MIN, MAX]}");
            }
            if (!(max > min)) throw new PlanException(file, u.line(), u.column(), "the uniform distribution of parameter '"
                    + key + "' is empty: its max " + max + " must be above its min " + min);
            return new Values.Uniform(min, max);
        }
        if (m.size() == 1 && m.containsKey("normal")) {
            Located n = m.get("normal");
            if (!n.isMap() || !n.map().keySet().equals(Set.of("mean", "sd"))) {
                throw new PlanException(file, n.line(), n.column(), "a normal distribution reads {normal: {mean: M, sd: S}}");
            }
            double mean = number(file, n.map().get("mean"), key), sd = number(file, n.map().get("sd"), key);
            if (!(sd > 0)) throw new PlanException(file, n.map().get("sd").line(), n.map().get("sd").column(),
                    "the normal distribution of parameter '" + key + "' needs an sd above 0, not " + sd);
            return new Values.Normal(mean, sd);
        }
        throw new PlanException(file, node.line(), node.column(), "parameter '" + key + "': unknown form of values " + m.keySet()
                + "; write a list [a, b], {from: A, to: B, step: S}, {uniform: [MIN, MAX]} or {normal: {mean: M, sd: S}}");
    }

    private static void inRange(String file, Located at, String key, Target.Property p, double v) throws PlanException {
        if (!p.allows(v)) throw new PlanException(file, at.line(), at.column(), "parameter '" + key + "' takes " + p.range()
                + "; " + (v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v)) + " is outside");
    }

    private static double number(String file, Located node, String key) throws PlanException {
        if (node == null || !node.isNumber()) {
            int line = node == null ? 1 : node.line(), column = node == null ? 1 : node.column();
            throw new PlanException(file, line, column, "parameter '" + key + "': "
                    + (node == null || node.value() == null ? "a value is missing" : "'" + node.value() + "' is not a number"));
        }
        double v = ((Number) node.value()).doubleValue();
        if (!Double.isFinite(v)) throw new PlanException(file, node.line(), node.column(), "parameter '" + key + "': " + v + " is not a finite number");
        return v;
    }

    private static long whole(String file, Located node, String key, long min) throws PlanException {
        if (!(node.value() instanceof Integer || node.value() instanceof Long) ) {
            throw new PlanException(file, node.line(), node.column(), key + " must be a whole number, not '" + node.value() + "'");
        }
        long v = ((Number) node.value()).longValue();
        if (v < min) throw new PlanException(file, node.line(), node.column(), key + " must be at least " + min + ", not " + v);
        if (!key.equals("seed") && v > Integer.MAX_VALUE) throw new PlanException(file, node.line(), node.column(), key + " is too large: " + v);
        return v;
    }
}
