package org.entente.importer;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The COW state system of one year as the importer reads it: every state of {@code cow_states.csv},
 * which of them are in the system, the COW major powers and the land borders of that year
 * ({@code docs/import.md}, "States" and "Borders").
 */
public final class StateSystemYear {

    /** A COW state: country code, abbreviation, name. */
    public record Member(int ccode, String abbreviation, String name) {
    }

    private final int year;
    private final Map<Integer, Tables.State> all;
    private final Set<Integer> majors;
    private final Map<Integer, Set<Integer>> borders;

    private StateSystemYear(int year, Map<Integer, Tables.State> all, Set<Integer> majors,
            Map<Integer, Set<Integer>> borders) {
        this.year = year;
        this.all = all;
        this.majors = majors;
        this.borders = borders;
    }

    /** Reads cow_states.csv, cow_majors.csv and cow_contdir.csv for {@code year}. */
    public static StateSystemYear read(Path dataDir, int year) throws ImportException {
        Map<Integer, Tables.State> all = new TreeMap<>();
        Tables.states(dataDir).values().forEach(s -> all.put(s.ccode(), s));
        return new StateSystemYear(year, all, Tables.majors(dataDir, year), Tables.landBorders(dataDir, year));
    }

    public int year() {
        return year;
    }

    /** Any state of cow_states.csv, in the system this year or not. */
    public Optional<Member> state(int ccode) {
        Tables.State s = all.get(ccode);
        return s == null ? Optional.empty() : Optional.of(new Member(s.ccode(), s.abbreviation(), s.name()));
    }

    /** Whether the state is in the system this year (a state that entered or left during the year counts). */
    public boolean inSystem(int ccode) {
        Tables.State s = all.get(ccode);
        return s != null && s.inSystem(year);
    }

    /**
     * The year the state entered the system in its spell that covers this year (the {@code styear} of that
     * row of cow_states.csv); the year itself when it is not in the system.
     */
    public int entryYear(int ccode) {
        Tables.State s = all.get(ccode);
        return s == null ? year : s.entryYear(year);
    }

    /** ccodes of the COW major powers this year. */
    public Set<Integer> majors() {
        return Set.copyOf(majors);
    }

    /** ccodes of the land neighbours (contiguity type 1) of a state this year. */
    public Set<Integer> landNeighbours(int ccode) {
        return Set.copyOf(borders.getOrDefault(ccode, Set.of()));
    }
}
