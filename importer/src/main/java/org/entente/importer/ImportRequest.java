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
 * <p>Abbreviations are trimmed and upper-cased; duplicates are dropped.
 */
public record ImportRequest(int year, List<String> states, Region region, Path dataDir) {

    public ImportRequest {
        Objects.requireNonNull(dataDir, "dataDir");
        if ((states == null) == (region == null)) {
            throw new IllegalArgumentException("give either states or a region, not both and not neither");
        }
        if (states != null) {
            Set<String> normalized = new LinkedHashSet<>();
            for (String s : states) {
                if (s != null && !s.isBlank()) {
                    normalized.add(s.trim().toUpperCase(Locale.ROOT));
                }
            }
            if (normalized.isEmpty()) {
                throw new IllegalArgumentException("the list of states is empty");
            }
            states = List.copyOf(new ArrayList<>(normalized));
        }
    }

    public static ImportRequest forStates(int year, List<String> stateAbbreviations, Path dataDir) {
        return new ImportRequest(year, stateAbbreviations, null, dataDir);
    }

    public static ImportRequest forRegion(int year, Region region, Path dataDir) {
        return new ImportRequest(year, null, Objects.requireNonNull(region, "region"), dataDir);
    }
}
