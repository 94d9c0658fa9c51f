package org.entente.importer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Loaders for the six COW/ATOP tables, reduced to what the importer needs for one year. */
final class Tables {

    static final String STATES = "cow_states.csv";
    static final String MAJORS = "cow_majors.csv";
    static final String NMC = "cow_nmc.csv";
    static final String CONTIGUITY = "cow_contdir.csv";
    static final String ATOP_ALLIANCES = "atop_alliance_level.csv";
    static final String ATOP_MEMBERS = "atop_member_level.csv";

    private Tables() {
    }

    /** A COW state with its periods of system membership. */
    record State(int ccode, String abbreviation, String name, List<int[]> periods) {
        boolean inSystem(int year) {
            return periods.stream().anyMatch(p -> p[0] <= year && year <= p[1]);
        }

        /** The first year of the period that covers {@code year} (the state's entry into the system), or {@code year} when none does. */
        int entryYear(int year) {
            for (int[] p : periods) if (p[0] <= year && year <= p[1]) return p[0];
            return year;
        }

        String periodsText() {
            StringBuilder sb = new StringBuilder();
            for (int[] p : periods) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(p[0]).append('-').append(p[1]);
            }
            return sb.toString();
        }
    }

    /** One NMC row; a null value is an empty (missing) cell. */
    record Capabilities(BigDecimal milex, BigDecimal irst, BigDecimal pec, BigDecimal tpop) {
    }

    /** One ATOP member-level row (one member in one phase), reduced to the columns used. */
    record MemberPhase(int atopid, int member, int phase, int yrent, int yrexit, boolean defense, boolean offense,
            boolean neutral, boolean nonagg, boolean consul, boolean defcoadv, boolean defconpr, boolean offcoadv,
            boolean neucoadv, int statthr1, int statthr2) {

        /** In force in {@code year}: entered by then and not exited before (yrexit 0 = not exited). */
        boolean inForce(int year) {
            return yrent <= year && (yrexit == 0 || yrexit >= year);
        }
    }

    /** ATOP alliance-level dates: begin year and end year (0 = still in force at the end of coverage). */
    record AllianceDates(int begyr, int endyr) {
    }

    /** States by abbreviation, in file order (rows of the same abbreviation merged into periods). */
    static Map<String, State> states(Path dir) throws ImportException {
        CsvTable t = CsvTable.read(dir, STATES, "stateabb", "ccode", "statenme", "styear", "endyear");
        Map<String, State> byAbb = new LinkedHashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String abb = t.text(r, "stateabb");
            if (abb.isEmpty()) {
                throw t.error(r, "stateabb", "empty cell where a state abbreviation is required");
            }
            int ccode = t.integer(r, "ccode");
            int st = t.integer(r, "styear");
            int end = t.integer(r, "endyear");
            State s = byAbb.get(abb);
            if (s == null) {
                s = new State(ccode, abb, t.text(r, "statenme"), new ArrayList<>());
                byAbb.put(abb, s);
            } else if (s.ccode() != ccode) {
                throw t.error(r, "ccode", "abbreviation " + abb + " already used for ccode " + s.ccode());
            }
            s.periods().add(new int[] {st, end});
        }
        return byAbb;
    }

    /** ccodes that are COW major powers in {@code year}. */
    static Set<Integer> majors(Path dir, int year) throws ImportException {
        CsvTable t = CsvTable.read(dir, MAJORS, "ccode", "styear", "endyear");
        Set<Integer> out = new TreeSet<>();
        for (CsvTable.Row r : t.rows()) {
            int ccode = t.integer(r, "ccode");
            if (t.integer(r, "styear") <= year && year <= t.integer(r, "endyear")) {
                out.add(ccode);
            }
        }
        return out;
    }

    /** NMC rows of {@code year} by ccode. Every row is checked, not only those of the year. */
    static Map<Integer, Capabilities> capabilities(Path dir, int year) throws ImportException {
        CsvTable t = CsvTable.read(dir, NMC, "ccode", "year", "milex", "irst", "pec", "tpop");
        NmcIndex index;
        synchronized (NMC_INDEX) {
            index = NMC_INDEX.get(t);
        }
        if (index == null) {
            index = NmcIndex.of(t);
            synchronized (NMC_INDEX) {
                NMC_INDEX.put(t, index);
            }
        }
        ImportException duplicate = index.duplicates().get(year);
        if (duplicate != null) {
            throw duplicate;
        }
        return index.byYear().getOrDefault(year, Map.of());
    }

    /**
     * Every NMC row checked once and indexed by year (the table is cached by {@link CsvTable}, so a
     * series of imports converts it once); a second row for a ccode and year is kept as the error of
     * that year, thrown only when that year is imported.
     */
    private record NmcIndex(Map<Integer, Map<Integer, Capabilities>> byYear, Map<Integer, ImportException> duplicates) {
        static NmcIndex of(CsvTable t) throws ImportException {
            Map<Integer, Map<Integer, Capabilities>> byYear = new HashMap<>();
            Map<Integer, ImportException> duplicates = new HashMap<>();
            for (CsvTable.Row r : t.rows()) {
                int ccode = t.integer(r, "ccode");
                int y = t.integer(r, "year");
                Capabilities c = new Capabilities(value(t, r, "milex"), value(t, r, "irst"), value(t, r, "pec"),
                        value(t, r, "tpop"));
                if (byYear.computeIfAbsent(y, k -> new HashMap<>()).put(ccode, c) != null) {
                    duplicates.putIfAbsent(y, t.error(r, "year", "a second row for ccode " + ccode + " in " + y));
                }
            }
            return new NmcIndex(byYear, duplicates);
        }
    }

    private static final Map<CsvTable, NmcIndex> NMC_INDEX = new java.util.WeakHashMap<>();
    private static final Map<CsvTable, List<MemberPhase>> MEMBER_PHASES = new java.util.WeakHashMap<>();

    /** A capability cell: empty, or a negative COW missing-value code such as -9, is missing (null). */
    private static BigDecimal value(CsvTable t, CsvTable.Row r, String column) throws ImportException {
        BigDecimal v = t.decimalOrNull(r, column);
        return v == null || v.signum() < 0 ? null : v;
    }

    /** Land borders (conttype 1) in force in {@code year}, symmetric, by ccode. */
    static Map<Integer, Set<Integer>> landBorders(Path dir, int year) throws ImportException {
        return borders(dir, year, SeaBorders.NONE);
    }

    /**
     * Borders in force in {@code year}, symmetric, by ccode: land (conttype 1) and water contiguity up to the
     * class of {@code sea} (conttype 2 to 5; 0 is "not contiguous" in the table).
     */
    static Map<Integer, Set<Integer>> borders(Path dir, int year, SeaBorders sea) throws ImportException {
        CsvTable t = CsvTable.read(dir, CONTIGUITY, "ccode1", "ccode2", "conttype", "styear", "endyear");
        Map<Integer, Set<Integer>> out = new TreeMap<>();
        for (CsvTable.Row r : t.rows()) {
            int a = t.integer(r, "ccode1");
            int b = t.integer(r, "ccode2");
            int type = t.integer(r, "conttype");
            int st = t.integer(r, "styear");
            int end = t.integer(r, "endyear");
            if (type >= 1 && type <= sea.maxContiguityType() && st <= year && year <= end && a != b) {
                out.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
                out.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
            }
        }
        return out;
    }

    /** The last year any contiguity spell covers (the end of the table's coverage). */
    static int contiguityCoverageEnd(Path dir) throws ImportException {
        CsvTable t = CsvTable.read(dir, CONTIGUITY, "endyear");
        int max = Integer.MIN_VALUE;
        for (CsvTable.Row r : t.rows()) {
            max = Math.max(max, t.integer(r, "endyear"));
        }
        return max;
    }

    static final String[] MEMBER_COLUMNS = {"atopid", "member", "phase", "yrent", "yrexit", "defense", "offense",
        "neutral", "nonagg", "consul", "defcoadv", "defconpr", "offcoadv", "neucoadv", "statthr1", "statthr2"};

    /** Every ATOP member-level row. */
    static List<MemberPhase> memberPhases(Path dir) throws ImportException {
        CsvTable t = CsvTable.read(dir, ATOP_MEMBERS, MEMBER_COLUMNS);
        synchronized (MEMBER_PHASES) {
            List<MemberPhase> known = MEMBER_PHASES.get(t);
            if (known != null) {
                return known;
            }
        }
        List<MemberPhase> all = convertMemberPhases(t);
        synchronized (MEMBER_PHASES) {
            MEMBER_PHASES.put(t, all);
        }
        return all;
    }

    private static List<MemberPhase> convertMemberPhases(CsvTable t) throws ImportException {
        List<MemberPhase> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            out.add(new MemberPhase(t.integer(r, "atopid"), t.integer(r, "member"), t.integerOr(r, "phase", 0),
                    t.integer(r, "yrent"), t.integerOr(r, "yrexit", 0),
                    flag(t, r, "defense"), flag(t, r, "offense"), flag(t, r, "neutral"), flag(t, r, "nonagg"),
                    flag(t, r, "consul"), flag(t, r, "defcoadv"), flag(t, r, "defconpr"), flag(t, r, "offcoadv"),
                    flag(t, r, "neucoadv"),
                    // ATOP leaves statthr empty in a few rows: no state named, like 0
                    t.integerOr(r, "statthr1", 0), t.integerOr(r, "statthr2", 0)));
        }
        return List.copyOf(out);
    }

    /** A 0/1 provision flag; an empty cell counts as 0 (not coded). */
    private static boolean flag(CsvTable t, CsvTable.Row r, String column) throws ImportException {
        return t.integerOr(r, column, 0) == 1;
    }

    /** ATOP alliance-level begin/end years by atopid. */
    static Map<Integer, AllianceDates> allianceDates(Path dir) throws ImportException {
        CsvTable t = CsvTable.read(dir, ATOP_ALLIANCES, "atopid", "begyr", "endyr");
        Map<Integer, AllianceDates> out = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            out.put(t.integer(r, "atopid"), new AllianceDates(t.integer(r, "begyr"), t.integerOr(r, "endyr", 0)));
        }
        return out;
    }
}
