package org.entente.engine.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.engine.model.Polarity;
import org.entente.engine.model.TreatyStatus;

/**
 * One turn of the trace: states (living, in declaration order), wars, treaties, alignments formed and
 * dissolved, blocs, polarity.
 *
 * @param polarity     Waltz polarity: counts great powers ({@code poles} of them; docs/semantics.md §8)
 * @param blocPolarity cluster polarity: counts the blocs that are poles ({@code blocPoles})
 */
public record Turn(int year, List<String> events, List<StateTurn> states, List<WarEntry> warEntries,
                   List<WarRecord> wars, List<TreatyChange> treatyChanges, Map<String, TreatyStatus> treatyStatus,
                   List<AlignmentChange> alignmentChanges, List<Bloc> blocs, Polarity polarity, int poles,
                   Polarity blocPolarity, int blocPoles) {
    public Turn {
        events = List.copyOf(events);
        states = List.copyOf(states);
        warEntries = List.copyOf(warEntries);
        wars = List.copyOf(wars);
        treatyChanges = List.copyOf(treatyChanges);
        // a TreatyStatusMap is already an immutable snapshot: copying it would cost a map entry per treaty and turn
        if (!(treatyStatus instanceof TreatyStatusMap)) treatyStatus = Collections.unmodifiableMap(new LinkedHashMap<>(treatyStatus));
        alignmentChanges = List.copyOf(alignmentChanges);
        blocs = List.copyOf(blocs);
    }

    public Optional<StateTurn> state(String name) {
        for (StateTurn s : states) if (s.name().equals(name)) return Optional.of(s);
        return Optional.empty();
    }

    public boolean atWar(String a, String b) {
        for (WarRecord w : wars) if (w.opposed(a, b)) return true;
        return false;
    }

    /** Whether a and b are in the same bloc this turn (both alive). */
    public boolean allied(String a, String b) {
        Optional<StateTurn> x = state(a), y = state(b);
        return x.isPresent() && y.isPresent() && x.get().bloc() == y.get().bloc();
    }
}
