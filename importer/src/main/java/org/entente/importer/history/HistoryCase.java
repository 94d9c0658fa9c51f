package org.entente.importer.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.entente.importer.ImportException;
import org.entente.importer.ImportRequest;
import org.entente.importer.StateSystemYear;

/**
 * One war set up for replay ({@code docs/validation-against-history.md}, "The protocol"): the states
 * imported at onset (the participants, that year's COW major powers and the land neighbours of the
 * opening attackers and targets, each in the state system that year), the opening attacks, and the
 * pair-years at war in history among the imported states. States are named by COW abbreviation.
 * {@code entryYears} gives, per imported state, the year it entered the state system (its spell that covers the
 * onset): with pre-war turns, a state that entered inside the window enters the run in its own year.
 * {@code sides} gives, per imported participant, its COW side in the war (column sidea1: 1 or 2).
 */
public record HistoryCase(War war, List<Opening> openings, List<StateSystemYear.Member> states,
        Set<PairYear> history, List<String> notScored, Map<String, Integer> entryYears, Map<String, Integer> sides) {

    public HistoryCase {
        openings = List.copyOf(openings);
        states = List.copyOf(states);
        history = Set.copyOf(history);
        notScored = List.copyOf(notScored);
        entryYears = Map.copyOf(entryYears);
        sides = Map.copyOf(sides);
    }

    /**
     * One scripted line of the joint openings: {@code attacker attacks targets}, or with {@code alongside}
     * (nullable) {@code attacker attacks targets alongside ally}.
     */
    public record OpeningLine(int year, String attacker, List<String> targets, String alongside) {
        public OpeningLine {
            targets = List.copyOf(targets);
        }
    }

    /** Sets up war {@code number}: it must be in the data, multi-state and have opening attacks. */
    public static HistoryCase of(Path dataDir, WarData data, int number) throws ImportException {
        War war = data.war(number);
        if (!war.multiState()) {
            throw new HistoryInputException("War " + number + " (" + war.firstYear() + "-" + war.lastYear()
                    + ") has only two participants: entente history replays multi-state wars (more than two"
                    + " participants), where someone can join; these are " + data.multiStateWars().stream()
                            .map(w -> String.valueOf(w.number())).collect(Collectors.joining(", ")));
        }
        List<Opening> openings = data.openings(number);
        if (openings.isEmpty()) {
            throw new HistoryInputException("No opening attack for war " + number + " in " + WarData.OPENINGS
                    + " in " + dataDir);
        }
        int onset = war.firstYear();
        StateSystemYear system = StateSystemYear.read(dataDir, onset);
        for (Opening o : openings) {
            if (o.year() != onset || !system.inSystem(o.attackerCcode()) || !system.inSystem(o.targetCcode())) {
                throw new ImportException(WarData.OPENINGS + ": war " + number + ": " + o.attacker() + " attacks "
                        + o.target() + " in " + o.year() + " does not fit the war's onset " + onset
                        + " (both states must be in the state system that year)");
            }
        }
        Set<Integer> chosen = new TreeSet<>();
        List<String> notScored = new ArrayList<>();
        for (int c : war.participants()) {
            if (system.inSystem(c)) {
                chosen.add(c);
            } else {
                notScored.add(system.state(c).map(StateSystemYear.Member::abbreviation).orElse("ccode " + c)
                        + " (not in the state system in " + onset + ")");
            }
        }
        system.majors().stream().filter(system::inSystem).forEach(chosen::add);
        for (Opening o : openings) {
            for (int c : List.of(o.attackerCcode(), o.targetCcode())) {
                system.landNeighbours(c).stream().filter(system::inSystem).forEach(chosen::add);
            }
        }
        List<StateSystemYear.Member> states = new ArrayList<>();
        Map<String, Integer> entryYears = new java.util.HashMap<>();
        Map<String, Integer> sides = new java.util.HashMap<>();
        for (int c : chosen) {
            StateSystemYear.Member member = system.state(c).orElseThrow();
            states.add(member);
            entryYears.put(member.abbreviation(), system.entryYear(c));
            data.side(number, c).ifPresent(side -> sides.put(member.abbreviation(), side));
        }
        Set<PairYear> history = new LinkedHashSet<>();
        for (War.CcodePairYear p : war.atWar()) {
            if (chosen.contains(p.a()) && chosen.contains(p.b())) {
                history.add(PairYear.of(p.year(), abbreviation(system, p.a()), abbreviation(system, p.b())));
            }
        }
        return new HistoryCase(war, openings, states, history, notScored, entryYears, sides);
    }

    private static String abbreviation(StateSystemYear system, int ccode) {
        return system.state(ccode).orElseThrow().abbreviation();
    }

    public int onset() {
        return war.firstYear();
    }

    public int lastYear() {
        return war.lastYear();
    }

    /** The scored years: onset to last year. */
    public List<Integer> years() {
        return IntStream.rangeClosed(war.firstYear(), war.lastYear()).boxed().toList();
    }

    /** The imported states' abbreviations, in ccode order. */
    public List<String> stateNames() {
        return states.stream().map(StateSystemYear.Member::abbreviation).toList();
    }

    /** The attackers and targets of the opening attacks. */
    public Set<String> openers() {
        Set<String> out = new TreeSet<>();
        openings.forEach(o -> {
            out.add(o.attacker());
            out.add(o.target());
        });
        return Collections.unmodifiableSet(out);
    }

    /** Whether a and b fight on the same COW side of this war (both participants, column sidea1). */
    public boolean sameSide(String a, String b) {
        Integer x = sides.get(a);
        return x != null && x.equals(sides.get(b));
    }

    /**
     * The openings as fronts of one war, as COW codes them (docs/validation-against-history.md, "Joint openings:
     * one war per COW war"): the first opening as it is; a later opening by an earlier line's attacker adds its
     * target to that line; any other later opening attacks alongside the first attacker when its attacker is on
     * the first attacker's COW side, else alongside the first target (a plain attack where that ally would be the
     * attacker or its target).
     */
    public List<OpeningLine> jointOpenings() {
        List<OpeningLine> lines = new ArrayList<>();
        Opening first = openings.get(0);
        for (Opening o : openings) {
            int earlier = -1;
            for (int k = 0; k < lines.size(); k++) {
                if (lines.get(k).attacker().equals(o.attacker())) {
                    earlier = k;
                    break;
                }
            }
            if (earlier >= 0) {
                OpeningLine line = lines.get(earlier);
                if (!line.targets().contains(o.target())) {
                    List<String> targets = new ArrayList<>(line.targets());
                    targets.add(o.target());
                    lines.set(earlier, new OpeningLine(line.year(), line.attacker(), targets, line.alongside()));
                }
            } else if (lines.isEmpty()) {
                lines.add(new OpeningLine(o.year(), o.attacker(), List.of(o.target()), null));
            } else {
                String ally = sameSide(o.attacker(), first.attacker()) ? first.attacker() : first.target();
                boolean valid = !ally.equals(o.attacker()) && !ally.equals(o.target()); // else a plain attack, as the protocol's
                lines.add(new OpeningLine(o.year(), o.attacker(), List.of(o.target()), valid ? ally : null));
            }
        }
        return lines;
    }

    /** The "nobody joins" baseline: the opening pairs at war every year of the war, nobody else. */
    public Set<PairYear> openingPairYears() {
        Set<PairYear> out = new TreeSet<>();
        for (int y : years()) {
            openings.forEach(o -> out.add(PairYear.of(y, o.attacker(), o.target())));
        }
        return out;
    }

    /** Scores a run (pair-years at war, by abbreviation) against history. */
    public Score score(Set<PairYear> run) {
        return Scorer.score(stateNames(), years(), history, run, openers());
    }

    /** Scores a probability forecast (share of runs at war per pair-year, by abbreviation) by the Brier score. */
    public BrierScore brier(Map<PairYear, Double> forecast) {
        return Scorer.brier(stateNames(), years(), history, forecast);
    }

    /** The import of the states at onset, running from the onset to the war's last year. */
    public ImportRequest importRequest(Path dataDir) {
        return importRequest(dataDir, 0);
    }

    /**
     * The import of the states at onset, running from {@code preWarTurns} years before the onset to the
     * war's last year: the same states and data, K quiet turns of the model's own dynamics before the
     * openings (docs/validation-against-history.md, "Pre-war turns"); a state that entered the state system
     * inside the window is written with {@code since} its entry year and enters the run then. The scored years
     * stay {@link #years()}.
     */
    public ImportRequest importRequest(Path dataDir, int preWarTurns) {
        return importRequest(dataDir, ReplaySetup.preWar(preWarTurns));
    }

    /** The same with the setup's water contiguity written as borders (docs/validation-against-history.md, "Sea borders"). */
    public ImportRequest importRequest(Path dataDir, ReplaySetup setup) {
        ImportRequest request = ImportRequest.forStates(onset(), stateNames(), dataDir).withLastYear(lastYear())
                .withSeaBorders(setup.seaBorders());
        return setup.preWarTurns() == 0 ? request : request.withFirstYear(onset() - setup.preWarTurns());
    }

    /**
     * The imported states that entered the state system after {@code firstYear} (so after a run's first turn that
     * starts then), by abbreviation, in the order of their entry year and then of their abbreviation.
     */
    public Map<String, Integer> entrantsAfter(int firstYear) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        entryYears.entrySet().stream().filter(e -> e.getValue() > firstYear)
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
