package org.entente.engine.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.entente.engine.expect.ExpectationResult;
import org.entente.engine.model.Scenario;
import org.entente.engine.threat.Modifier;
import org.entente.engine.threat.ThreatBreakdown;
import org.entente.engine.trace.AlignmentChange;
import org.entente.engine.trace.Bloc;
import org.entente.engine.trace.Fmt;
import org.entente.engine.trace.StateTurn;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.TreatyChange;
import org.entente.engine.trace.Turn;
import org.entente.engine.trace.WarEntry;
import org.entente.engine.decision.Decision;
import org.entente.engine.decision.Term;
import org.entente.engine.decision.Utility;
import org.entente.engine.trace.WarRecord;
import org.entente.engine.model.TreatyStatus;

/** The trace as one JSON object, schema {@code entente-trace/1} (docs/trace-schema.md); stable key order, 4-decimal numbers. */
public final class JsonReport {
    public static final String SCHEMA = "entente-trace/1";
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReport() {}

    public static String render(Trace trace) {
        StringWriter out = new StringWriter();
        write(trace, out);
        return out.toString();
    }

    public static void write(Trace trace, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            DefaultIndenter indent = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indent).withArrayIndenter(indent));
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            scenario(g, trace.scenario());
            g.writeArrayFieldStart("turns");
            for (Turn t : trace.turns()) turn(g, t);
            g.writeEndArray();
            g.writeArrayFieldStart("expectations");
            for (ExpectationResult r : trace.expectations()) {
                g.writeStartObject();
                g.writeStringField("expect", r.expectation().describe());
                g.writeStringField("outcome", r.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                g.writeStringField("observed", r.observed());
                if (r.year() == null) g.writeNullField("year"); else g.writeNumberField("year", r.year());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void scenario(JsonGenerator g, Scenario sc) throws IOException {
        g.writeObjectFieldStart("scenario");
        g.writeStringField("name", sc.name());
        g.writeStringField("title", sc.title());
        g.writeNumberField("from", sc.from());
        g.writeNumberField("to", sc.to());
        g.writeNumberField("step", sc.step());
        g.writeNumberField("seed", sc.seed());
        var s = sc.settings();
        g.writeObjectFieldStart("settings");
        num(g, "powerWeight", s.powerWeight());
        num(g, "proximityWeight", s.proximityWeight());
        num(g, "offensiveWeight", s.offensiveWeight());
        num(g, "intentWeight", s.intentWeight());
        num(g, "threatFloor", s.threatFloor());
        num(g, "greatPower", s.greatPower());
        num(g, "armsGrowth", s.armsGrowth());
        g.writeNumberField("lapseAfter", s.lapseAfter());
        num(g, "poleShare", s.poleShare());
        g.writeEndObject();
        g.writeArrayFieldStart("states");
        for (var st : sc.states()) g.writeString(st.name());
        g.writeEndArray();
        g.writeArrayFieldStart("treaties");
        for (var t : sc.treaties()) g.writeString(t.name());
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void turn(JsonGenerator g, Turn t) throws IOException {
        g.writeStartObject();
        g.writeNumberField("year", t.year());
        strings(g, "events", t.events());
        g.writeArrayFieldStart("states");
        for (StateTurn s : t.states()) state(g, s);
        g.writeEndArray();
        g.writeArrayFieldStart("warEntries");
        for (WarEntry e : t.warEntries()) {
            g.writeStartObject();
            g.writeNumberField("war", e.war());
            g.writeStringField("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            g.writeStringField("state", e.state());
            g.writeStringField("against", e.against());
            g.writeStringField("cause", e.cause());
            strings(g, "chain", e.chain());
            if (e.decision() != null) decision(g, e.decision());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("wars");
        for (WarRecord w : t.wars()) {
            g.writeStartObject();
            g.writeNumberField("id", w.id());
            g.writeNumberField("started", w.started());
            g.writeStringField("initiator", w.initiator());
            strings(g, "sideA", w.sideA());
            strings(g, "sideB", w.sideB());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("treatyChanges");
        for (TreatyChange c : t.treatyChanges()) {
            g.writeStartObject();
            g.writeStringField("treaty", c.treaty());
            g.writeStringField("from", c.from().word());
            g.writeStringField("to", c.to().word());
            g.writeStringField("reason", c.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("treaties");
        for (Map.Entry<String, TreatyStatus> e : t.treatyStatus().entrySet()) g.writeStringField(e.getKey(), e.getValue().word());
        g.writeEndObject();
        g.writeArrayFieldStart("alignmentChanges");
        for (AlignmentChange a : t.alignmentChanges()) {
            g.writeStartObject();
            g.writeStringField("kind", a.kind());
            g.writeStringField("change", a.formed() ? "formed" : "dissolved");
            g.writeStringField("state", a.state());
            strings(g, "with", a.with());
            g.writeStringField("against", a.against());
            g.writeStringField("cause", a.cause());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("blocs");
        for (Bloc b : t.blocs()) {
            g.writeStartObject();
            g.writeNumberField("id", b.id());
            strings(g, "members", b.members());
            strings(g, "greatPowers", b.greatPowers());
            num(g, "power", b.power());
            g.writeBooleanField("pole", b.pole());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("polarity", t.polarity().word());
        g.writeNumberField("poles", t.poles());
        g.writeStringField("blocPolarity", t.blocPolarity().word());
        g.writeNumberField("blocPoles", t.blocPoles());
        g.writeEndObject();
    }

    private static void state(JsonGenerator g, StateTurn s) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        g.writeStringField("posture", s.posture().word());
        g.writeStringField("target", s.postureTarget());
        g.writeStringField("primaryThreat", s.primaryThreat());
        num(g, "threat", s.threat());
        if (s.breakdown() == null) g.writeNullField("breakdown"); else { g.writeFieldName("breakdown"); breakdown(g, s.breakdown()); }
        num(g, "domesticThreat", s.domesticThreat());
        num(g, "military", s.military());
        num(g, "economy", s.economy());
        num(g, "population", s.population());
        num(g, "shareMilitary", s.shareMilitary());
        num(g, "shareEconomy", s.shareEconomy());
        num(g, "sharePopulation", s.sharePopulation());
        num(g, "power", s.power());
        g.writeBooleanField("greatPower", s.greatPower());
        strings(g, "coalition", s.coalition());
        num(g, "coalitionPower", s.coalitionPower());
        num(g, "threatPower", s.threatPower());
        g.writeBooleanField("arms", s.arms());
        g.writeNumberField("bloc", s.bloc());
        strings(g, "atWarWith", s.enemies());
        g.writeStringField("reason", s.reason());
        if (!s.threats().isEmpty()) {
            g.writeArrayFieldStart("threats");
            for (ThreatBreakdown b : s.threats()) breakdown(g, b);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void breakdown(JsonGenerator g, ThreatBreakdown b) throws IOException {
        g.writeStartObject();
        g.writeStringField("to", b.to());
        num(g, "rel", b.rel());
        num(g, "powerTerm", b.powerTerm());
        g.writeNumberField("hops", b.hops());
        num(g, "proximity", b.proximity());
        num(g, "proximityTerm", b.proximityTerm());
        num(g, "offensive", b.offensive());
        num(g, "offensiveTerm", b.offensiveTerm());
        num(g, "intent", b.intent());
        num(g, "intentTerm", b.intentTerm());
        g.writeArrayFieldStart("modifiers");
        for (Modifier m : b.modifiers()) {
            g.writeStartObject();
            g.writeStringField("label", m.label());
            g.writeStringField("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT));
            num(g, "amount", m.amount());
            g.writeEndObject();
        }
        g.writeEndArray();
        num(g, "raw", b.raw());
        num(g, "value", b.value());
        g.writeStringField("source", b.source().name().toLowerCase(java.util.Locale.ROOT));
        g.writeEndObject();
    }

    /** Only on entries of the decision rule: the utilities of both sides with their terms, the three probabilities. */
    private static void decision(JsonGenerator g, Decision d) throws IOException {
        g.writeObjectFieldStart("decision");
        g.writeStringField("choice", option(d.choice()));
        g.writeStringField("alternative", option(d.alternative()));
        num(g, "pOut", d.pOut());
        num(g, "pInitiatorSide", d.pInitiator());
        num(g, "pOtherSide", d.pOther());
        utility(g, "initiatorSide", d.initiatorSide());
        utility(g, "otherSide", d.otherSide());
        g.writeEndObject();
    }

    private static String option(int option) { return option > 0 ? "initiator-side" : option < 0 ? "other-side" : "stay-out"; }

    private static void utility(JsonGenerator g, String field, Utility u) throws IOException {
        g.writeObjectFieldStart(field);
        num(g, "utility", u.total());
        g.writeArrayFieldStart("terms");
        for (Term t : u.terms()) {
            g.writeStartObject();
            g.writeStringField("label", t.label());
            num(g, "value", t.value());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void num(JsonGenerator g, String field, double v) throws IOException {
        g.writeFieldName(field);
        // JSON has no NaN or Infinity; the checker's bounds keep numbers finite, this keeps the JSON valid
        if (Double.isFinite(v)) g.writeNumber(Fmt.f4(v));
        else g.writeNull();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }
}
