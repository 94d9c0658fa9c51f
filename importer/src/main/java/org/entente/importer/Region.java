package org.entente.importer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * World regions as ranges of COW country codes (the COW numbering groups states by region).
 * Note that COW codes Turkey/Ottoman Empire (640) as Middle East and Russia (365) as Europe.
 */
public enum Region {
    AMERICAS("americas", "Americas", 2, 165),
    EUROPE("europe", "Europe", 200, 399),
    AFRICA("africa", "Africa", 400, 626),
    MIDDLE_EAST("middle-east", "MiddleEast", 630, 698),
    ASIA("asia", "Asia", 700, 899),
    OCEANIA("oceania", "Oceania", 900, 990);

    private final String cliName;
    private final String ententeId;
    private final int firstCcode;
    private final int lastCcode;

    Region(String cliName, String ententeId, int firstCcode, int lastCcode) {
        this.cliName = cliName;
        this.ententeId = ententeId;
        this.firstCcode = firstCcode;
        this.lastCcode = lastCcode;
    }

    /** The name used on the command line, e.g. {@code middle-east}. */
    public String cliName() {
        return cliName;
    }

    /** The Entente ID used for the region declaration and the scenario name, e.g. {@code MiddleEast}. */
    public String ententeId() {
        return ententeId;
    }

    public int firstCcode() {
        return firstCcode;
    }

    public int lastCcode() {
        return lastCcode;
    }

    public boolean contains(int ccode) {
        return ccode >= firstCcode && ccode <= lastCcode;
    }

    /** The region whose range holds {@code ccode}, if any. */
    public static Optional<Region> of(int ccode) {
        return Arrays.stream(values()).filter(r -> r.contains(ccode)).findFirst();
    }

    /**
     * Parses a region name as given on the command line ({@code europe}, {@code middle-east}, ...),
     * case-insensitively; {@code _} and space are accepted for {@code -}.
     */
    public static Region parse(String name) throws ImportException {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (Region r : values()) {
            if (r.cliName.equals(n) || r.ententeId.toLowerCase(Locale.ROOT).equals(n)) {
                return r;
            }
        }
        throw new ImportException("Unknown region '" + name + "'; expected one of: "
                + Arrays.stream(values()).map(Region::cliName).collect(Collectors.joining(", ")));
    }
}
