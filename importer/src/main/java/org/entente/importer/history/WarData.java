package org.entente.importer.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.entente.importer.CsvTable;
import org.entente.importer.ImportException;

/** The war tables of the data folder: COW's dyadic inter-state wars and the opening attacks. */
public final class WarData {

    public static final String DYADIC = "cow_war_dyadic.csv";
    public static final String OPENINGS = "war_openings.csv";

    private final Map<Integer, War> wars;
    private final Map<Integer, List<Opening>> openings;
    /** Per war, per ccode, its COW side (column sidea1 of its rows as ccode1: 1 or 2); empty without the column. */
    private final Map<Integer, Map<Integer, Integer>> sides;

    private WarData(Map<Integer, War> wars, Map<Integer, List<Opening>> openings, Map<Integer, Map<Integer, Integer>> sides) {
        this.wars = wars;
        this.openings = openings;
        this.sides = sides;
    }

    /** Reads both tables; a folder without one of them is a {@link HistoryInputException}. */
    public static WarData read(Path dir) throws ImportException {
        for (String table : List.of(DYADIC, OPENINGS)) {
            if (!Files.isRegularFile(dir.resolve(table))) {
                throw new HistoryInputException("No war table " + table + " in data folder " + dir
                        + ": entente history needs " + DYADIC + " and " + OPENINGS
                        + " (the repository's data/ folder has both)");
            }
        }
        CsvTable dyadic = CsvTable.read(dir, DYADIC, "warnum", "ccode1", "ccode2", "year");
        return new WarData(readWars(dyadic), readOpenings(dir), readSides(dyadic));
    }

    private static Map<Integer, War> readWars(CsvTable t) throws ImportException {
        Map<Integer, Set<War.CcodePairYear>> pairs = new TreeMap<>();
        Map<Integer, Set<Integer>> participants = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            int war = t.integer(r, "warnum");
            int a = t.integer(r, "ccode1");
            int b = t.integer(r, "ccode2");
            if (a == b) {
                throw t.error(r, "ccode2", "a state at war with itself");
            }
            pairs.computeIfAbsent(war, k -> new HashSet<>()).add(new War.CcodePairYear(t.integer(r, "year"), a, b));
            participants.computeIfAbsent(war, k -> new TreeSet<>()).addAll(List.of(a, b));
        }
        Map<Integer, War> out = new TreeMap<>();
        pairs.forEach((war, set) -> {
            int first = set.stream().mapToInt(War.CcodePairYear::year).min().orElseThrow();
            int last = set.stream().mapToInt(War.CcodePairYear::year).max().orElseThrow();
            out.put(war, new War(war, first, last, new ArrayList<>(participants.get(war)), set));
        });
        return out;
    }

    private static Map<Integer, Map<Integer, Integer>> readSides(CsvTable t) throws ImportException {
        Map<Integer, Map<Integer, Integer>> out = new HashMap<>();
        if (!t.hasColumn("sidea1")) {
            return out;
        }
        for (CsvTable.Row r : t.rows()) {
            out.computeIfAbsent(t.integer(r, "warnum"), k -> new HashMap<>()).putIfAbsent(t.integer(r, "ccode1"), t.integer(r, "sidea1"));
        }
        return out;
    }

    private static Map<Integer, List<Opening>> readOpenings(Path dir) throws ImportException {
        CsvTable t = CsvTable.read(dir, OPENINGS, "warnum", "year", "attacker_ccode", "attacker", "target_ccode",
                "target", "method", "source");
        Map<Integer, List<Opening>> out = new TreeMap<>();
        for (CsvTable.Row r : t.rows()) {
            Opening o = new Opening(t.integer(r, "warnum"), t.integer(r, "year"), t.integer(r, "attacker_ccode"),
                    t.text(r, "attacker"), t.integer(r, "target_ccode"), t.text(r, "target"), t.text(r, "method"),
                    t.text(r, "source"));
            if (o.source().isBlank()) {
                throw t.error(r, "source", "every opening attack needs a source");
            }
            out.computeIfAbsent(o.war(), k -> new ArrayList<>()).add(o);
        }
        return out;
    }

    /** Every war number of the dyadic table, ascending. */
    public List<Integer> warNumbers() {
        return List.copyOf(wars.keySet());
    }

    /** The wars with more than two participants, ascending. */
    public List<War> multiStateWars() {
        return wars.values().stream().filter(War::multiState).collect(Collectors.toList());
    }

    /** The war, or a {@link HistoryInputException} saying which wars the data holds. */
    public War war(int number) throws HistoryInputException {
        War w = wars.get(number);
        if (w == null) {
            throw new HistoryInputException("No war " + number + " in " + DYADIC + ": it holds " + wars.size()
                    + " wars, numbered " + wars.keySet().stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + " (multi-state: " + multiStateWars().stream().map(x -> String.valueOf(x.number()))
                            .collect(Collectors.joining(", ")) + ")");
        }
        return w;
    }

    /** The COW side (1 or 2, column sidea1) of state {@code ccode} in war {@code war}; empty when the table does not say. */
    public java.util.OptionalInt side(int war, int ccode) {
        Integer side = sides.getOrDefault(war, Map.of()).get(ccode);
        return side == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(side);
    }

    /** The opening attacks of a war, in table order (empty when the table has none). */
    public List<Opening> openings(int war) {
        return openings.getOrDefault(war, List.of());
    }
}
