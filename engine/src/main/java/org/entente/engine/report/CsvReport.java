package org.entente.engine.report;

import org.entente.engine.trace.Fmt;
import org.entente.engine.trace.StateTurn;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.Turn;

/** One row per living state and turn, with a header row. Fields with commas or quotes are quoted (RFC 4180). */
public final class CsvReport {
    public static final String HEADER = "year,state,posture,target,primary_threat,threat,domestic_threat,military,economy,population,"
            + "share_military,share_economy,share_population,power,great_power,coalition_power,threat_power,arms,bloc,at_war_with,reason";

    private CsvReport() {}

    public static String render(Trace trace) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Turn t : trace.turns()) {
            for (StateTurn s : t.states()) {
                sb.append(t.year()).append(',').append(q(s.name())).append(',').append(s.posture().word()).append(',')
                        .append(q(s.postureTarget())).append(',').append(q(s.primaryThreat())).append(',')
                        .append(Fmt.f4(s.threat())).append(',').append(Fmt.f4(s.domesticThreat())).append(',')
                        .append(Fmt.f4(s.military())).append(',').append(Fmt.f4(s.economy())).append(',')
                        .append(Fmt.f4(s.population())).append(',').append(Fmt.f4(s.shareMilitary())).append(',')
                        .append(Fmt.f4(s.shareEconomy())).append(',').append(Fmt.f4(s.sharePopulation())).append(',')
                        .append(Fmt.f4(s.power())).append(',').append(s.greatPower()).append(',')
                        .append(Fmt.f4(s.coalitionPower())).append(',').append(Fmt.f4(s.threatPower())).append(',')
                        .append(s.arms()).append(',').append(s.bloc()).append(',').append(q(String.join(";", s.enemies())))
                        .append(',').append(q(s.reason())).append('\n');
            }
        }
        return sb.toString();
    }

    static String q(String v) {
        if (v == null) return "";
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0) return v;
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
