package org.entente.engine.treaty;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.model.Event;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.Treaty;

/**
 * Calendar facts about treaties that need no simulation (for the validator and hovers): whether a
 * treaty is in force in a year by its {@code signed}/{@code expires} dates alone, and its parties in a
 * year after the {@code joins}/{@code leaves} events up to and including that year.
 */
public final class TreatyCalendar {
    private TreatyCalendar() {}

    /** In force by the calendar: no {@code signed} or signed ≤ year, and no {@code expires} or year &lt; expires. */
    public static boolean inForce(Treaty t, int year) {
        if (t == null) return false;
        return (t.signed() == null || t.signed() <= year) && (t.expires() == null || year < t.expires());
    }

    /** Whether the treaty named {@code treaty} is in force by the calendar; false when unknown. */
    public static boolean inForce(Scenario sc, String treaty, int year) {
        return sc.treaty(treaty).map(t -> inForce(t, year)).orElse(false);
    }

    /**
     * The parties (members, or guarantors then recipients) in {@code year}: the declared ones plus
     * {@code joins} minus {@code leaves} events with event year ≤ year, applied in declaration order.
     * A joining state becomes a member (of a guarantee: a guarantor).
     */
    public static List<String> members(Treaty t, List<Event> events, int year) {
        List<String> out = new ArrayList<>();
        if (t == null) return out;
        out.addAll(t.parties());
        if (events == null) return List.copyOf(out);
        for (Event e : events) {
            if (e == null || e.year() > year) continue;
            if (e instanceof Event.Join j && j.treaty().equals(t.name()) && !out.contains(j.state())) out.add(j.state());
            if (e instanceof Event.Leave l && l.treaty().equals(t.name())) out.remove(l.state());
        }
        return List.copyOf(out);
    }

    /** The parties of the treaty named {@code treaty} in {@code year}; empty when unknown. */
    public static List<String> members(Scenario sc, String treaty, int year) {
        return sc.treaty(treaty).map(t -> members(t, sc.events(), year)).orElse(List.of());
    }

    /** Whether {@code state} is a party of {@code treaty} in {@code year} (by calendar and membership events). */
    public static boolean isMember(Scenario sc, String treaty, String state, int year) {
        return members(sc, treaty, year).contains(state);
    }
}
