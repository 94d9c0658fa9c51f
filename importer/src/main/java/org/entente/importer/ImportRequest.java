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
 */
public record ImportRequest(int year, List<String> states, Region region, Path dataDir) {

    public ImportRequest {
        Objects.requireNonNull(dataDir, "dataDir");
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
    }

    public static ImportRequest forStates(int year, List<String> stateAbbreviations, Path dataDir) {
        return new ImportRequest(year, stateAbbreviations, null, dataDir);
    }

    public static ImportRequest forRegion(int year, Region region, Path dataDir) {
        return new ImportRequest(year, null, Objects.requireNonNull(region, "region"), dataDir);
    }
}
