package org.entente.engine.report;

import org.entente.engine.expect.ExpectationResult;
import org.entente.engine.trace.AlignmentChange;
import org.entente.engine.trace.Bloc;
import org.entente.engine.trace.StateTurn;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.TreatyChange;
import org.entente.engine.trace.Turn;
import org.entente.engine.trace.WarEntry;
import org.entente.engine.trace.WarRecord;

/** Readable per-turn report: postures with reasons, wars with causes, treaty changes, polarity, then the expectations. */
public final class TextReport {
    private TextReport() {}

    public static String render(Trace trace) {
        StringBuilder sb = new StringBuilder();
        sb.append("Scenario ").append(trace.scenario().name());
        if (!trace.scenario().title().equals(trace.scenario().name())) sb.append(" \"").append(trace.scenario().title()).append('"');
        sb.append('\n');
        for (Turn t : trace.turns()) {
            sb.append("\n== ").append(t.year()).append(" ==\n");
            for (String e : t.events()) sb.append("  event: ").append(e).append('\n');
            for (StateTurn s : t.states()) {
                sb.append("  ").append(pad(s.name(), 16)).append(' ').append(pad(s.posture().word(), 13))
                        .append(" power ").append(org.entente.engine.trace.Fmt.f2(s.power()))
                        .append(s.greatPower() ? " GP" : "   ").append("  ");
                s.why().appendTo(sb).append('\n');
            }
            for (WarEntry e : t.warEntries()) sb.append("  war #").append(e.war()).append(": ").append(e.cause()).append('\n');
            for (WarRecord w : t.wars()) {
                sb.append("  war #").append(w.id()).append(" (since ").append(w.started()).append("): ")
                        .append(String.join(", ", w.sideA())).append(" vs ").append(String.join(", ", w.sideB())).append('\n');
            }
            for (TreatyChange c : t.treatyChanges()) sb.append("  treaty ").append(c.describe()).append('\n');
            for (AlignmentChange a : t.alignmentChanges()) sb.append("  alignment: ").append(a.cause()).append('\n');
            sb.append("  polarity: ").append(t.polarity().word()).append(" (great powers: ");
            String sep = "";
            for (StateTurn s : t.states()) {
                if (!s.greatPower()) continue;
                sb.append(sep).append(s.name());
                sep = ", ";
            }
            if (sep.isEmpty()) sb.append("none");
            sb.append("); blocs: ").append(t.blocPolarity().word()).append(" (");
            sep = "";
            for (Bloc b : t.blocs()) {
                if (!b.pole()) continue;
                sb.append(sep).append('{').append(String.join(", ", b.members())).append('}');
                sep = "; ";
            }
            sb.append(")\n");
        }
        if (!trace.expectations().isEmpty()) sb.append("\nExpectations\n");
        for (ExpectationResult r : trace.expectations()) {
            String word = switch (r.outcome()) {
                case PASS -> "PASS";
                case FAIL -> "FAIL";
                case NOT_EVALUATED -> "NOT EVALUATED";
            };
            sb.append("  ").append(word).append(' ').append(r.expectation().describe()).append(" (observed: ").append(r.observed()).append(")\n");
        }
        return sb.toString();
    }

    static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < width) sb.append(' ');
        return sb.toString();
    }
}
