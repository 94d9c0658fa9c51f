package org.entente.engine.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.engine.expect.Condition;
import org.entente.engine.expect.ExpectationResult;
import org.entente.engine.landscape.ActorStanding;
import org.entente.engine.landscape.BasinMethod;
import org.entente.engine.landscape.Configuration;
import org.entente.engine.landscape.LandscapeProblem;
import org.entente.engine.landscape.LandscapeResult;
import org.entente.engine.landscape.LocalMinimum;
import org.entente.engine.landscape.ScenarioLandscape;
import org.entente.engine.model.Scenario;
import org.entente.engine.trace.Trace;

/**
 * The landscape analysis of one turn (docs/landscape.md) as text or as one JSON object: sizes and
 * propensities, the best configurations, the global minimum with each state's side and frustration,
 * the local minima and their basins, and the landscape expectations. Numbers with 4 decimals in the
 * text; the JSON is what {@code entente landscape --format json} prints and the report embeds.
 */
public final class LandscapeReport {
    private static final JsonFactory FACTORY = new JsonFactory();

    private LandscapeReport() {}

    /** The trace's {@code expect ... landscape} results, the only expectations a landscape report shows. */
    public static List<ExpectationResult> landscapeExpectations(Trace trace) {
        List<ExpectationResult> out = new ArrayList<>();
        for (ExpectationResult r : trace.expectations()) {
            if (r.expectation().condition() instanceof Condition.Landscape) out.add(r);
        }
        return out;
    }

    // ---------------------------------------------------------------- text

    public static String text(Scenario scenario, ScenarioLandscape.Mapping m, LandscapeResult r,
            List<ExpectationResult> expectations) {
        LandscapeProblem p = m.problem();
        StringBuilder sb = new StringBuilder();
        sb.append("Landscape of ").append(scenario.name()).append(" in ").append(m.year()).append(": ")
                .append(p.actorCount()).append(p.actorCount() == 1 ? " state, " : " states, ")
                .append(r.exact() ? "exact (" + r.configurationsExamined() + " configurations)"
                        : "heuristic (best found by " + r.configurationsExamined() + " seeded descents; not guaranteed optimal)")
                .append('\n');
        sb.append("Energy E = sum over ordered pairs of s_i s_j p_ij when i and j are on different sides; lower is more stable.\n");

        sb.append("\nSizes and propensities\n");
        int width = nameWidth(p);
        for (int i = 0; i < p.actorCount(); i++) {
            sb.append("  ").append(pad(p.actors().get(i), width)).append("  size ").append(num(p.size(i)))
                    .append(m.sizeSources().get(i) == ScenarioLandscape.Source.DECLARED ? " (declared)" : " (power)")
                    .append('\n');
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < p.actorCount(); i++) {
            for (int j = i + 1; j < p.actorCount(); j++) {
                double v = p.propensity(i, j);
                if (v != 0.0) {
                    String a = p.actors().get(i), b = p.actors().get(j);
                    pairs.add(a + "-" + b + " " + signed(v)
                            + (m.propensitySource(a, b) == ScenarioLandscape.Source.DECLARED ? " (declared)" : ""));
                }
            }
        }
        sb.append("  propensities (non-zero): ").append(pairs.isEmpty() ? "none" : String.join(", ", pairs)).append('\n');

        sb.append("\nBest configurations\n");
        int rank = 1;
        for (Configuration c : r.best()) {
            sb.append(String.format(Locale.ROOT, "  %2d  E=%s  %s%n", rank++, num(c.energy()), split(c)));
        }

        sb.append("\nGlobal minimum").append(r.exact() ? "" : " (best found)").append(": ").append(split(r.globalMinimum()))
                .append("  E=").append(num(r.minimumEnergy()));
        if (r.globalMinimumCount() > 1) {
            sb.append("  (").append(r.globalMinimumCount()).append(" splits tie)");
        }
        sb.append('\n');
        sb.append("  ").append(pad("state", width)).append("  side  frustration\n");
        for (ActorStanding s : r.standings()) {
            sb.append("  ").append(pad(s.actor(), width)).append("  ").append(pad(s.side().name(), 4)).append("  ")
                    .append(signed(s.frustration())).append('\n');
        }

        sb.append("\nLocal minima: ").append(r.localMinimumCount());
        sb.append(r.basinMethod() == BasinMethod.EXACT
                ? " (basins: exact, out of " + r.basinPopulation() + " configurations)"
                : " (basins: sampled, out of " + r.basinPopulation() + " seeded starts)");
        if (r.localMinimaTruncated()) {
            sb.append("; the ").append(r.localMinima().size()).append(" lowest listed");
        }
        sb.append('\n');
        rank = 1;
        for (LocalMinimum lm : r.localMinima()) {
            sb.append(String.format(Locale.ROOT, "  %2d  E=%s  basin %d (%.1f%%)  %s%n", rank++, num(lm.energy()),
                    lm.basinCount(), 100 * lm.basinShare(), split(lm.configuration())));
        }

        if (!expectations.isEmpty()) {
            sb.append("\nLandscape expectations (simulated up to ").append(m.year()).append(")\n");
            for (ExpectationResult e : expectations) {
                sb.append("  ").append(pad(outcome(e), 4)).append("  expect ").append(e.expectation().describe())
                        .append(" -- ").append(e.observed()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String outcome(ExpectationResult e) {
        return switch (e.outcome()) {
            case PASS -> "ok";
            case FAIL -> "FAIL";
            case NOT_EVALUATED -> "--";
        };
    }

    private static String split(Configuration c) {
        return String.join(", ", c.sideA()) + " | " + (c.sideB().isEmpty() ? "-" : String.join(", ", c.sideB()));
    }

    private static int nameWidth(LandscapeProblem p) {
        int w = 5;
        for (String a : p.actors()) w = Math.max(w, a.length());
        return w;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4f", v == 0.0 ? 0.0 : v);
    }

    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+.4f", v == 0.0 ? 0.0 : v);
    }

    // ---------------------------------------------------------------- json

    /** One JSON object in Jackson's default pretty layout (docs/landscape.md), ending with a line break. */
    public static String json(Scenario scenario, ScenarioLandscape.Mapping m, LandscapeResult r,
            List<ExpectationResult> expectations) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            LandscapeProblem p = m.problem();
            g.writeStartObject();
            g.writeStringField("scenario", scenario.name());
            g.writeNumberField("year", m.year());
            g.writeBooleanField("exact", r.exact());
            g.writeNumberField("configurationsExamined", r.configurationsExamined());
            g.writeArrayFieldStart("actors");
            for (int i = 0; i < p.actorCount(); i++) {
                g.writeStartObject();
                g.writeStringField("name", p.actors().get(i));
                g.writeNumberField("size", p.size(i));
                g.writeStringField("sizeSource", m.sizeSources().get(i) == ScenarioLandscape.Source.DECLARED ? "declared" : "power");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("propensities");
            for (int i = 0; i < p.actorCount(); i++) {
                for (int j = i + 1; j < p.actorCount(); j++) {
                    double v = p.propensity(i, j);
                    if (v != 0.0) {
                        String a = p.actors().get(i), b = p.actors().get(j);
                        g.writeStartObject();
                        g.writeStringField("a", a);
                        g.writeStringField("b", b);
                        g.writeNumberField("value", v);
                        g.writeStringField("source", m.propensitySource(a, b) == ScenarioLandscape.Source.DECLARED ? "declared" : "derived");
                        g.writeEndObject();
                    }
                }
            }
            g.writeEndArray();
            g.writeObjectFieldStart("globalMinimum");
            configurationFields(g, r.globalMinimum());
            g.writeNumberField("tied", r.globalMinimumCount());
            g.writeArrayFieldStart("standings");
            for (ActorStanding s : r.standings()) {
                g.writeStartObject();
                g.writeStringField("actor", s.actor());
                g.writeStringField("side", s.side().name());
                g.writeNumberField("size", s.size());
                g.writeNumberField("frustration", s.frustration());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("best");
            for (Configuration c : r.best()) {
                g.writeStartObject();
                configurationFields(g, c);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("localMinima");
            g.writeNumberField("count", r.localMinimumCount());
            g.writeStringField("basinMethod", r.basinMethod() == BasinMethod.EXACT ? "exact" : "sampled");
            g.writeNumberField("basinPopulation", r.basinPopulation());
            g.writeArrayFieldStart("minima");
            for (LocalMinimum lm : r.localMinima()) {
                g.writeStartObject();
                configurationFields(g, lm.configuration());
                g.writeNumberField("basinCount", lm.basinCount());
                g.writeNumberField("basinShare", lm.basinShare());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("expectations");
            for (ExpectationResult e : expectations) {
                g.writeStartObject();
                g.writeStringField("expectation", e.expectation().describe());
                g.writeStringField("outcome", e.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                g.writeStringField("observed", e.observed());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + System.lineSeparator();
    }

    private static void configurationFields(JsonGenerator g, Configuration c) throws IOException {
        g.writeNumberField("energy", c.energy());
        g.writeArrayFieldStart("sideA");
        for (String s : c.sideA()) g.writeString(s);
        g.writeEndArray();
        g.writeArrayFieldStart("sideB");
        for (String s : c.sideB()) g.writeString(s);
        g.writeEndArray();
    }
}
