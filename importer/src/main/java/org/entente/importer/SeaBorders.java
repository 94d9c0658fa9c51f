package org.entente.importer;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which water contiguity an import writes as {@code borders}, beside land: the classes of COW Direct
 * Contiguity v3.2 (Stinnett et al. 2002), separated by at most 12, 24, 150 or 400 miles of water
 * ({@code docs/import.md}, "Borders"). {@link #NONE}, land only, is the default: the engine's border graph
 * has one kind of edge, so a sea border counts as one hop, like a land border.
 */
public enum SeaBorders {
    NONE(0, 1), MILES_12(12, 2), MILES_24(24, 3), MILES_150(150, 4), MILES_400(400, 5);

    private final int miles;
    private final int maxContiguityType;

    SeaBorders(int miles, int maxContiguityType) {
        this.miles = miles;
        this.maxContiguityType = maxContiguityType;
    }

    /** The largest water separation written as a border, in miles (0: land only). */
    public int miles() {
        return miles;
    }

    /** The largest COW {@code conttype} written as a border (1: land only). */
    public int maxContiguityType() {
        return maxContiguityType;
    }

    /** The class of a distance the user gave: 0, 12, 24, 150 or 400 miles. */
    public static SeaBorders ofMiles(int miles) {
        return Arrays.stream(values()).filter(s -> s.miles == miles).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("sea borders must be one of COW's water distances "
                        + Arrays.stream(values()).map(s -> String.valueOf(s.miles)).collect(Collectors.joining(", "))
                        + " (miles), not " + miles));
    }
}
