package org.entente.engine.model;

import java.util.List;

/**
 * A state as declared. Capabilities are in any unit (each becomes a share of the system total).
 *
 * @param intent      0..1 (aggressive 1.0, revisionist 0.7, status-quo 0.3, defensive 0.1)
 * @param intentWord  the DSL word if the intent was given as a word, else null
 * @param size        landscape size, or null for "use power"
 * @param doctrine    belief in offense dominance 0..1 (0 defensive, the default; 1 offensive), docs/semantics.md §6
 * @param declaredGreat a great power whatever its power share ("great power", e.g. a COW major power), docs/semantics.md §2
 * @param since       the year the state enters the state system ({@code since YEAR}, docs/semantics.md §1 "Entry"):
 *                    not alive in the turns before it; null: in the system from the start
 */
public record State(String name, String fullName, double military, double economy, double population,
                    double offensive, double intent, String intentWord, String ideology, String region,
                    List<String> borders, double stability, Double size, double doctrine,
                    boolean declaredGreat, Integer since) {

    /** Default share of military power usable offensively (the midpoint: neither posture assumed). */
    public static final double DEFAULT_OFFENSIVE = 0.5;
    public static final double DEFAULT_STABILITY = 1.0;
    /** Default doctrine: defense dominance (Christensen & Snyder 1990 read 1930s doctrines this way; the design's default). */
    public static final double DEFAULT_DOCTRINE = 0.0;

    public State {
        Names.require(name, "state name");
        borders = Names.freeze(borders);
    }

    /** A state in the system from the start. */
    public State(String name, String fullName, double military, double economy, double population,
                 double offensive, double intent, String intentWord, String ideology, String region,
                 List<String> borders, double stability, Double size, double doctrine, boolean declaredGreat) {
        this(name, fullName, military, economy, population, offensive, intent, intentWord, ideology, region,
                borders, stability, size, doctrine, declaredGreat, null);
    }

    /** A state without the "great power" marker: great only by its share. */
    public State(String name, String fullName, double military, double economy, double population,
                 double offensive, double intent, String intentWord, String ideology, String region,
                 List<String> borders, double stability, Double size, double doctrine) {
        this(name, fullName, military, economy, population, offensive, intent, intentWord, ideology, region,
                borders, stability, size, doctrine, false, null);
    }

    /** Whether the state is outside the state system in {@code year} (it enters later, {@link #since}). */
    public boolean absentIn(int year) { return since != null && year < since; }

    /** Full name if given, else the identifier. */
    public String label() { return fullName == null || fullName.isBlank() ? name : fullName; }
}
