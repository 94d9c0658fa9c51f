package org.entente.importer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Writes an Entente scenario for one year from the Correlates of War and ATOP tables. The mapping
 * rules are documented in {@code docs/import.md}; the output is deterministic (states by ccode,
 * alliances by atopid).
 */
public final class ScenarioImporter {

    /** Number of turns after the import year: the scenario runs {@code from Y to Y + YEARS_AFTER}. */
    public static final int YEARS_AFTER = 4;

    private static final String INDENT = "    ";

    private ScenarioImporter() {
    }

    /** Imports the states, capabilities, land borders and alliances of {@code request.year()}. */
    public static ImportResult importScenario(ImportRequest request) throws ImportException {
        Path dir = request.dataDir();
        int year = request.year();
        List<String> notes = new ArrayList<>();

        Map<String, Tables.State> byAbb = Tables.states(dir);
        List<Tables.State> selected = select(request, byAbb);
        Map<Integer, Tables.State> imported = new TreeMap<>();
        for (Tables.State s : selected) {
            imported.put(s.ccode(), s);
        }
        Map<Integer, String> ids = ids(imported.values());

        Set<Integer> majors = Tables.majors(dir, year);
        Map<Integer, Tables.Capabilities> nmc = Tables.capabilities(dir, year);
        Map<Integer, Set<Integer>> landBorders = Tables.landBorders(dir, year);
        Map<Integer, Set<Integer>> borders = request.seaBorders() == SeaBorders.NONE ? landBorders
                : Tables.borders(dir, year, request.seaBorders());
        int contiguityEnd = Tables.contiguityCoverageEnd(dir);
        if (year > contiguityEnd) {
            notes.add("Direct Contiguity ends in " + contiguityEnd + ": no borders for " + year);
        }
        List<Tables.MemberPhase> phases = Tables.memberPhases(dir);
        Map<Integer, Tables.AllianceDates> dates = Tables.allianceDates(dir);
        int atopEnd = phases.stream().mapToInt(p -> Math.max(p.yrent(), p.yrexit())).max().orElse(year);
        if (year > atopEnd) {
            notes.add("ATOP member-level data end in " + atopEnd + ": alliances formed after " + atopEnd
                    + " are missing");
        }

        StringBuilder out = new StringBuilder();
        header(out, request, imported, year);

        EnumSet<Region> regions = EnumSet.noneOf(Region.class);
        imported.keySet().forEach(c -> Region.of(c).ifPresent(regions::add));
        for (Region r : regions) {
            out.append("region ").append(r.ententeId()).append(' ')
                    .append(EntenteIds.quote(r.cliName() + ": COW ccodes " + r.firstCcode() + "-" + r.lastCcode()))
                    .append('\n');
        }
        if (!regions.isEmpty()) {
            out.append('\n');
        }

        for (Tables.State s : imported.values()) {
            writeState(out, s, year, request.firstTurn(), ids, majors, nmc.get(s.ccode()), borders, landBorders, notes);
        }

        Map<Integer, Tables.State> allByCcode = new HashMap<>();
        byAbb.values().forEach(st -> allByCcode.put(st.ccode(), st));
        writeAlliances(out, year, imported, allByCcode, ids, phases, dates, notes);

        String text = out.toString().stripTrailing() + "\n";
        Map<String, String> stateIds = new HashMap<>();
        imported.values().forEach(st -> stateIds.put(st.abbreviation(), ids.get(st.ccode())));
        return new ImportResult(text, notes, stateIds);
    }

    // ---------------------------------------------------------------- selection

    private static List<Tables.State> select(ImportRequest request, Map<String, Tables.State> byAbb)
            throws ImportException {
        int year = request.year();
        int first = byAbb.values().stream().flatMap(s -> s.periods().stream()).mapToInt(p -> p[0]).min().orElse(year);
        int last = byAbb.values().stream().flatMap(s -> s.periods().stream()).mapToInt(p -> p[1]).max().orElse(year);
        if (year < first || year > last) {
            throw new ImportException("No state is in the state system in " + year + ": " + Tables.STATES
                    + " covers " + first + "-" + last);
        }
        List<Tables.State> out = new ArrayList<>();
        if (request.region() != null) {
            Region region = request.region();
            for (Tables.State s : byAbb.values()) {
                if (region.contains(s.ccode()) && s.inSystem(year)) {
                    out.add(s);
                }
            }
            if (out.isEmpty()) {
                throw new ImportException("No state of region " + region.cliName() + " (COW ccodes "
                        + region.firstCcode() + "-" + region.lastCcode() + ") is in the state system in " + year);
            }
            return out;
        }
        List<String> unknown = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        Map<String, Tables.State> byUpper = new HashMap<>();
        byAbb.forEach((k, v) -> byUpper.putIfAbsent(k.toUpperCase(java.util.Locale.ROOT), v));
        for (String abb : request.states()) {
            Tables.State s = byAbb.get(abb);
            if (s == null) {
                s = byUpper.get(abb.toUpperCase(java.util.Locale.ROOT));
            }
            if (s == null) {
                unknown.add(abb);
            } else if (!s.inSystem(year)) {
                absent.add(abb + " (" + s.name() + ", in the system " + s.periodsText() + ")");
            } else {
                out.add(s);
            }
        }
        if (!unknown.isEmpty() || !absent.isEmpty()) {
            StringBuilder msg = new StringBuilder();
            if (!unknown.isEmpty()) {
                msg.append("Unknown COW state abbreviation").append(unknown.size() > 1 ? "s: " : ": ")
                        .append(String.join(", ", unknown))
                        .append(" (use the stateabb column of ").append(Tables.STATES)
                        .append("; e.g. Serbia before 2006 is YUG, ccode 345)");
            }
            if (!absent.isEmpty()) {
                if (msg.length() > 0) {
                    msg.append("; ");
                }
                msg.append("Not in the state system in ").append(year).append(": ")
                        .append(String.join(", ", absent));
            }
            throw new ImportException(msg.toString());
        }
        return out;
    }

    /** Entente IDs for the imported states (escaped; made unique with the ccode when needed). */
    private static Map<Integer, String> ids(Iterable<Tables.State> states) {
        Map<Integer, String> ids = new HashMap<>();
        Set<String> taken = new java.util.HashSet<>();
        for (Region r : Region.values()) {
            taken.add(r.ententeId());
        }
        for (Tables.State s : states) {
            String id = EntenteIds.of(s.abbreviation());
            if (!taken.add(id)) {
                id = id + "_" + s.ccode();
                taken.add(id);
            }
            ids.put(s.ccode(), id);
        }
        return ids;
    }

    // ---------------------------------------------------------------- header

    private static void header(StringBuilder out, ImportRequest request, Map<Integer, Tables.State> imported,
            int year) {
        String what;
        String name;
        if (request.region() != null) {
            Region r = request.region();
            what = "region " + r.cliName() + " (COW ccodes " + r.firstCcode() + "-" + r.lastCcode() + ")";
            name = r.ententeId() + year;
        } else {
            what = "states " + imported.values().stream().map(Tables.State::abbreviation)
                    .collect(Collectors.joining(", "));
            Set<Optional<Region>> regions = imported.keySet().stream().map(Region::of).collect(Collectors.toSet());
            name = regions.size() == 1 && regions.iterator().next().isPresent()
                    ? regions.iterator().next().get().ententeId() + year
                    : "Import" + year;
        }
        out.append("/*\n");
        out.append(" * Written by `entente import` from the Correlates of War (COW) and ATOP tables.\n");
        out.append(" * Year ").append(year).append("; ").append(what).append(".\n");
        out.append(" *\n");
        out.append(" * Sources:\n");
        out.append(" *   Singer, J. D., Bremer, S. & Stuckey, J. (1972). Capability Distribution, Uncertainty,\n");
        out.append(" *     and Major Power War, 1820-1965. In B. Russett (ed.), Peace, War, and Numbers, 19-48.\n");
        out.append(" *   Correlates of War Project: National Material Capabilities v7.0 (1816-2022);\n");
        out.append(" *     State System Membership (2016); Direct Contiguity v3.2; major powers (2016).\n");
        out.append(" *   Leeds, B. A., Ritter, J. M., Mitchell, S. M. & Long, A. G. (2002). Alliance Treaty\n");
        out.append(" *     Obligations and Provisions, 1815-1944. International Interactions 28: 237-260;\n");
        out.append(" *     ATOP codebook and data v4.01 (member level and alliance level).\n");
        out.append(" *\n");
        out.append(" * Units (shares of the imported states' totals are what the simulation uses):\n");
        out.append(" *   military   = NMC milex, military expenditure in thousands (pounds sterling\n");
        out.append(" *                before 1914, current US dollars from 1914);\n");
        out.append(" *   economy    = NMC irst + pec, iron and steel production plus primary energy\n");
        out.append(" *                consumption, in thousands of (coal-equivalent) tons;\n");
        out.append(" *   population = NMC tpop, total population in thousands.\n");
        out.append(" * Missing NMC values are not estimated: the property is left out and a comment says so.\n");
        if (request.seaBorders() == SeaBorders.NONE) {
            out.append(" * Borders: COW direct contiguity type 1 (land). Treaties: ATOP alliances in force in ").append(year)
                    .append(" with\n");
        } else {
            out.append(" * Borders: COW direct contiguity type 1 (land) and types 2-").append(request.seaBorders().maxContiguityType())
                    .append(" (separated by at most ").append(request.seaBorders().miles()).append(" miles of water).\n");
            out.append(" * Treaties: ATOP alliances in force in ").append(year).append(" with\n");
        }
        out.append(" * at least two imported members; clauses are the union of the members' provisions.\n");
        out.append(" */\n");
        out.append("scenario ").append(name).append(' ')
                .append(EntenteIds.quote("Imported from COW/ATOP for " + year)).append('\n');
        out.append(INDENT).append("from ").append(request.firstTurn()).append(" to ").append(request.lastTurn()).append("\n\n");
    }

    // ---------------------------------------------------------------- states

    private static void writeState(StringBuilder out, Tables.State s, int year, int firstTurn, Map<Integer, String> ids,
            Set<Integer> majors, Tables.Capabilities c, Map<Integer, Set<Integer>> borders,
            Map<Integer, Set<Integer>> landBorders, List<String> notes) {
        String label = s.abbreviation() + " (" + s.name() + ")";
        out.append("// COW ccode ").append(s.ccode());
        if (majors.contains(s.ccode())) {
            out.append("; COW major power in ").append(year);
        }
        out.append('\n');
        out.append("state ").append(ids.get(s.ccode())).append(' ').append(EntenteIds.quote(s.name())).append(" {\n");
        if (majors.contains(s.ccode())) {
            // the data's own definition of a great power, whatever its share (docs/semantics.md §2)
            out.append(INDENT).append("great power\n");
        }
        int entry = s.entryYear(year);
        if (entry > firstTurn) {
            // a scenario that starts before the year (entente history --pre-war-turns): the state is absent until it
            // entered the system (docs/import.md, "States")
            out.append(INDENT).append("// entered the COW state system in ").append(entry).append(", after the first year ")
                    .append(firstTurn).append('\n');
            out.append(INDENT).append("since ").append(entry).append('\n');
        }

        List<String> caps = new ArrayList<>();
        if (c == null) {
            out.append(INDENT).append("// no NMC row for ").append(year)
                    .append(": military, economy and population left out\n");
            notes.add(label + ": no NMC row for " + year + "; military, economy and population left out");
        } else {
            List<String> missing = new ArrayList<>();
            if (c.milex() != null) {
                caps.add("military " + number(c.milex()));
            } else {
                missing.add("milex");
            }
            if (c.irst() != null && c.pec() != null) {
                caps.add("economy " + number(c.irst().add(c.pec())));
            } else if (c.irst() != null || c.pec() != null) {
                BigDecimal present = c.irst() != null ? c.irst() : c.pec();
                caps.add("economy " + number(present));
                missing.add(c.irst() == null ? "irst" : "pec");
            } else {
                missing.add("irst");
                missing.add("pec");
            }
            if (c.tpop() != null) {
                caps.add("population " + number(c.tpop()));
            } else {
                missing.add("tpop");
            }
            if (!missing.isEmpty()) {
                String partial = "";
                if (missing.contains("irst") != missing.contains("pec")) {
                    partial = missing.contains("irst") ? " (economy = pec only)" : " (economy = irst only)";
                }
                out.append(INDENT).append("// missing in NMC ").append(year).append(": ")
                        .append(String.join(", ", missing)).append(partial).append('\n');
                notes.add(label + ": missing in NMC " + year + ": " + String.join(", ", missing) + partial
                        + "; no value invented");
            }
        }
        if (!caps.isEmpty()) {
            out.append(INDENT).append(String.join(" ", caps)).append('\n');
        }
        Region.of(s.ccode()).ifPresent(r -> out.append(INDENT).append("region ").append(r.ententeId()).append('\n'));
        List<String> neighbours = borders.getOrDefault(s.ccode(), Set.of()).stream()
                .filter(ids::containsKey).sorted().map(ids::get).collect(Collectors.toList());
        List<String> bySea = borders.getOrDefault(s.ccode(), Set.of()).stream()
                .filter(ids::containsKey).filter(n -> !landBorders.getOrDefault(s.ccode(), Set.of()).contains(n))
                .sorted().map(ids::get).collect(Collectors.toList());
        if (!bySea.isEmpty()) {
            out.append(INDENT).append("// borders by sea (COW water contiguity): ").append(String.join(", ", bySea)).append('\n');
        }
        if (!neighbours.isEmpty()) {
            out.append(INDENT).append("borders ").append(String.join(", ", neighbours)).append('\n');
        }
        out.append("}\n\n");
    }

    /** Plain decimal notation without trailing zeros (no exponent). */
    static String number(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    // ---------------------------------------------------------------- alliances

    private static void writeAlliances(StringBuilder out, int year, Map<Integer, Tables.State> imported,
            Map<Integer, Tables.State> allByCcode, Map<Integer, String> ids, List<Tables.MemberPhase> phases, Map<Integer, Tables.AllianceDates> dates,
            List<String> notes) {
        // per alliance, per member: the phase in force in the year (the latest-entered when two overlap)
        Map<Integer, Map<Integer, Tables.MemberPhase>> inForce = new TreeMap<>();
        for (Tables.MemberPhase p : phases) {
            if (!p.inForce(year)) {
                continue;
            }
            Map<Integer, Tables.MemberPhase> members = inForce.computeIfAbsent(p.atopid(), k -> new TreeMap<>());
            members.merge(p.member(), p, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
        }
        for (Map.Entry<Integer, Map<Integer, Tables.MemberPhase>> e : inForce.entrySet()) {
            int atopid = e.getKey();
            Map<Integer, Tables.MemberPhase> all = e.getValue();
            List<Tables.MemberPhase> rows = all.values().stream().filter(p -> imported.containsKey(p.member()))
                    .collect(Collectors.toList());
            if (rows.size() < 2) {
                continue;
            }
            writeAlliance(out, year, atopid, all, rows, imported, allByCcode, ids, dates.get(atopid), notes);
        }
    }

    private static final Comparator<Tables.MemberPhase> LATEST = Comparator
            .comparingInt(Tables.MemberPhase::yrent).thenComparingInt(Tables.MemberPhase::phase);

    private static void writeAlliance(StringBuilder out, int year, int atopid,
            Map<Integer, Tables.MemberPhase> allMembers, List<Tables.MemberPhase> rows,
            Map<Integer, Tables.State> imported, Map<Integer, Tables.State> allByCcode, Map<Integer, String> ids,
            Tables.AllianceDates dates, List<String> notes) {
        String id = "ATOP" + atopid;
        List<String> comments = new ArrayList<>();
        List<String> clauses = new ArrayList<>();

        boolean defense = any(rows, Tables.MemberPhase::defense);
        boolean offense = any(rows, Tables.MemberPhase::offense);
        boolean neutral = any(rows, Tables.MemberPhase::neutral);
        boolean nonagg = any(rows, Tables.MemberPhase::nonagg);
        boolean consul = any(rows, Tables.MemberPhase::consul);

        String dateText = dates == null ? "no alliance-level row"
                : dates.begyr() + "-" + (dates.endyr() == 0 ? "open" : String.valueOf(dates.endyr()));
        comments.add("ATOP " + atopid + ", " + dateText + "; member phases in force in " + year + ": "
                + rows.stream().map(p -> abb(imported, p.member()) + " " + p.yrent() + "-"
                        + (p.yrexit() == 0 ? "open" : String.valueOf(p.yrexit()))).collect(Collectors.joining(", ")));
        List<String> outside = allMembers.keySet().stream().filter(m -> !imported.containsKey(m))
                .map(m -> abb(allByCcode, m)).collect(Collectors.toList());
        if (!outside.isEmpty()) {
            comments.add("other members in " + year + ", not imported: " + String.join(", ", outside));
        }
        for (String[] prov : new String[][] {{"defense"}, {"offense"}, {"neutrality"}, {"nonaggression"},
            {"consultation"}}) {
            Predicate<Tables.MemberPhase> has = provision(prov[0]);
            List<String> with = rows.stream().filter(has).map(p -> abb(imported, p.member())).toList();
            if (!with.isEmpty() && with.size() < rows.size()) {
                comments.add("ATOP codes " + prov[0] + " for " + String.join(", ", with) + " only (clause applies to all: union)");
            }
        }

        Set<Integer> memberCodes = allMembers.keySet();
        if (defense) {
            List<Tables.MemberPhase> pledging = rows.stream().filter(Tables.MemberPhase::defense).toList();
            StringBuilder clause = new StringBuilder("defense");
            boolean leftOut = false;
            if (pledging.stream().anyMatch(Tables.MemberPhase::defcoadv)) {
                String against = against(pledging, Tables.MemberPhase::defcoadv, "defense", id, memberCodes,
                        imported, allByCcode, ids, comments, notes);
                if (against != null) {
                    clause.append(" against ").append(against);
                } else {
                    // a pledge against one adversary that the file cannot name: without 'against' it would
                    // cover every attacker, so it is left out (docs/import.md, "Unnamed adversaries")
                    leftOut = true;
                    comments.add("ATOP defense pledge left out: it is specific to an adversary that is not named"
                            + " among the imported states, and written without 'against' it would trigger against"
                            + " any attacker");
                }
            }
            if (pledging.stream().anyMatch(Tables.MemberPhase::defconpr)) {
                clause.append(" unless provoked");
            }
            if (!leftOut) {
                clauses.add(clause.toString());
            }
        }
        if (offense) {
            List<Tables.MemberPhase> pledging = rows.stream().filter(Tables.MemberPhase::offense).toList();
            String against = pledging.stream().anyMatch(Tables.MemberPhase::offcoadv)
                    ? against(pledging, Tables.MemberPhase::offcoadv, "offense", id, memberCodes, imported,
                            allByCcode, ids, comments, notes)
                    : null;
            if (against != null) {
                clauses.add("offense against " + against);
            } else {
                comments.add("ATOP offense pledge left out: Entente's offense clause needs an imported target");
                notes.add(id + ": offense pledge left out (no specific adversary among the imported states)");
            }
        }
        if (neutral) {
            List<Tables.MemberPhase> pledging = rows.stream().filter(Tables.MemberPhase::neutral).toList();
            StringBuilder clause = new StringBuilder("neutrality");
            if (pledging.stream().anyMatch(Tables.MemberPhase::neucoadv)) {
                String against = against(pledging, Tables.MemberPhase::neucoadv, "neutrality", id, memberCodes,
                        imported, allByCcode, ids, comments, notes);
                if (against != null) {
                    clause.append(" against ").append(against);
                }
            }
            clauses.add(clause.toString());
        }
        if (nonagg) {
            clauses.add("nonaggression");
        }
        if (consul) {
            clauses.add("consultation");
        }

        String keyword;
        if (defense || offense) {
            keyword = "alliance";
        } else if (neutral || nonagg) {
            keyword = "pact";
        } else {
            keyword = "entente";
            if (!consul) {
                comments.add("ATOP codes none of defense, offense, neutrality, nonaggression, consultation"
                        + " for the imported members");
                notes.add(id + ": no defense, offense, neutrality, nonaggression or consultation provision"
                        + " for the imported members; written as an entente without clauses");
            }
        }

        for (String c : comments) {
            out.append("// ").append(c).append('\n');
        }
        out.append(keyword).append(' ').append(id).append(" {\n");
        out.append(INDENT).append("members ").append(rows.stream().map(p -> p.member()).sorted().map(ids::get)
                .collect(Collectors.joining(", "))).append('\n');
        if (dates != null) {
            out.append(INDENT).append("signed ").append(dates.begyr()).append('\n');
        } else {
            notes.add(id + ": no row in " + Tables.ATOP_ALLIANCES + "; 'signed' left out");
        }
        for (String c : clauses) {
            out.append(INDENT).append(c).append('\n');
        }
        out.append("}\n\n");
    }

    /**
     * The {@code against} list of a conditional provision: the states named in statthr1/statthr2 of
     * the pledging members whose provision is conditional on a specific adversary, restricted to
     * imported non-members, in ccode order; null when none remains (with a comment and a note).
     */
    private static String against(List<Tables.MemberPhase> pledging, Predicate<Tables.MemberPhase> conditional,
            String provision, String id, Set<Integer> memberCodes, Map<Integer, Tables.State> imported,
            Map<Integer, Tables.State> allByCcode, Map<Integer, String> ids, List<String> comments, List<String> notes) {
        Set<Integer> named = new TreeSet<>();
        for (Tables.MemberPhase p : pledging) {
            if (conditional.test(p)) {
                if (p.statthr1() > 0) {
                    named.add(p.statthr1());
                }
                if (p.statthr2() > 0) {
                    named.add(p.statthr2());
                }
            }
        }
        if (named.isEmpty()) {
            comments.add("ATOP: " + provision + " conditional on a specific adversary that statthr1/statthr2 do not name");
            if ("defense".equals(provision)) {
                notes.add(id + ": defense specific to an adversary ATOP does not name; defense clause left out");
            }
            return null;
        }
        Set<Integer> kept = new LinkedHashSet<>();
        List<String> dropped = new ArrayList<>();
        for (int c : named) {
            if (memberCodes.contains(c)) {
                dropped.add(abb(allByCcode, c) + " (a member)");
            } else if (imported.containsKey(c)) {
                kept.add(c);
            } else {
                dropped.add(abb(allByCcode, c) + " (not imported)");
            }
        }
        if (!dropped.isEmpty()) {
            comments.add("ATOP " + provision + " adversary left out of 'against': " + String.join(", ", dropped));
        }
        if (kept.isEmpty()) {
            notes.add(id + ": " + provision + " specific to " + String.join(", ", dropped)
                    + "; no imported adversary to name"
                    + switch (provision) {
                        case "offense" -> "";
                        case "defense" -> ", defense clause left out";
                        default -> ", clause written without 'against'";
                    });
            return null;
        }
        return kept.stream().map(ids::get).collect(Collectors.joining(", "));
    }

    private static boolean any(List<Tables.MemberPhase> rows, Predicate<Tables.MemberPhase> p) {
        return rows.stream().anyMatch(p);
    }

    private static Predicate<Tables.MemberPhase> provision(String name) {
        return switch (name) {
            case "defense" -> Tables.MemberPhase::defense;
            case "offense" -> Tables.MemberPhase::offense;
            case "neutrality" -> Tables.MemberPhase::neutral;
            case "nonaggression" -> Tables.MemberPhase::nonagg;
            default -> Tables.MemberPhase::consul;
        };
    }

    /** The COW abbreviation of a ccode, or "ccode N" when the table does not know it. */
    private static String abb(Map<Integer, Tables.State> states, int ccode) {
        Tables.State s = states.get(ccode);
        return s == null ? "ccode " + ccode : s.abbreviation();
    }
}
