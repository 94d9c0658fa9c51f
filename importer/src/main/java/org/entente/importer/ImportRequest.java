package org.entente.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What to import: a year, and either a list of COW state abbreviations or a {@link Region}
 * (exactly one of {@code states} and {@code region} is non-null), and the folder that holds the
 * tables (see {@link DataDirectory#resolve(Path)}).
 *
 * <p>Abbreviations are trimmed; blanks and (case-insensitive) duplicates are dropped. They are matched
 * against {@code cow_states.csv} exactly first, then ignoring case.
 *
 * <p>{@code lastYear} is the scenario's last turn; null gives {@code year + }{@link ScenarioImporter#YEARS_AFTER}
 * ({@code entente history} runs a war to its last year). {@code firstYear} is the scenario's first turn;
 * null gives {@code year} ({@code entente history --pre-war-turns K} starts K turns before the onset with the
 * onset's data). {@code seaBorders} says which water contiguity is written as borders beside land (null: none).
 */
public record ImportRequest(int year, List<String> states, Region region, Path dataDir, Integer lastYear,
        Integer firstYear, SeaBorders seaBorders) {

    public ImportRequest(int year, List<String> states, Region region, Path dataDir) {
        this(year, states, region, dataDir, null, null, SeaBorders.NONE);
    }

    public ImportRequest {
        Objects.requireNonNull(dataDir, "dataDir");
        seaBorders = seaBorders == null ? SeaBorders.NONE : seaBorders;
        if ((states == null) == (region == null)) {
            throw new IllegalArgumentException("give either states or a region, not both and not neither");
        }
        if (states != null) {
            List<String> normalized = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (String s : states) {
                if (s != null && !s.isBlank() && seen.add(s.trim().toUpperCase(Locale.ROOT))) {
                    normalized.add(s.trim());
                }
            }
            if (normalized.isEmpty()) {
                throw new IllegalArgumentException("the list of states is empty");
            }
            states = List.copyOf(normalized);
        }
        if (lastYear != null && lastYear < year) {
            throw new IllegalArgumentException("the last year " + lastYear + " is before the year " + year);
        }
        if (firstYear != null && firstYear > year) {
            throw new IllegalArgumentException("the first year " + firstYear + " is after the year " + year);
        }
    }

    /** The same request with the scenario running {@code from year to lastYear}. */
    public ImportRequest withLastYear(int last) {
        return new ImportRequest(year, states, region, dataDir, last, firstYear, seaBorders);
    }

    /** The same request with the scenario starting at {@code first} (not after the year), the data still the year's. */
    public ImportRequest withFirstYear(int first) {
        return new ImportRequest(year, states, region, dataDir, lastYear, first, seaBorders);
    }

    /** The same request writing water contiguity up to {@code sea}'s distance as borders. */
    public ImportRequest withSeaBorders(SeaBorders sea) {
        return new ImportRequest(year, states, region, dataDir, lastYear, firstYear, sea);
    }

    /** The scenario's first turn. */
    public int firstTurn() {
        return firstYear != null ? firstYear : year;
    }

    /** The scenario's last turn. */
    public int lastTurn() {
        return lastYear != null ? lastYear : year + ScenarioImporter.YEARS_AFTER;
    }

    public static ImportRequest forStates(int year, List<String> stateAbbreviations, Path dataDir) {
        return new ImportRequest(year, stateAbbreviations, null, dataDir);
    }

    public static ImportRequest forRegion(int year, Region region, Path dataDir) {
        return new ImportRequest(year, null, Objects.requireNonNull(region, "region"), dataDir);
    }
}
