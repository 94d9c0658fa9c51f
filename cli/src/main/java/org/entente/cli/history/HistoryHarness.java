package org.entente.cli.history;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.resource.XtextResource;
import org.entente.cli.Languages;
import org.entente.engine.model.Scenario;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.Turn;
import org.entente.engine.trace.WarRecord;
import org.entente.entente.Model;
import org.entente.importer.ImportException;
import org.entente.importer.ImportResult;
import org.entente.importer.ScenarioImporter;
import org.entente.importer.history.HistoryCase;
import org.entente.importer.history.PairYear;
import org.entente.importer.history.ReplaySetup;
import org.entente.importer.history.Score;
import org.entente.importer.history.WarData;
import org.entente.interpreter.ScenarioTranslator;
import org.entente.loading.EntenteDiagnostic;
import org.entente.loading.ScenarioLoader;

/**
 * Replays wars of the data and scores them against history ({@code docs/validation-against-history.md}):
 * imports the states at onset, scripts only the opening attacks, runs from the onset to the war's
 * last year and compares who is at war with whom, pair by year. The text goes through the same
 * loader, validator and translator as {@code entente run}.
 *
 * <pre>
 * WarData data = WarData.read(dir);
 * WarResult r = HistoryHarness.evaluate(dir, data, 106, SimulationOptions.defaults(), Set.of(Baseline.nobody));
 * double mcc = r.modelScore().mcc();
 * </pre>
 */
public final class HistoryHarness {

    private HistoryHarness() {
    }

    /** Sets up, replays and scores war {@code number} with the model options and the requested baselines. */
    public static WarResult evaluate(Path dataDir, WarData data, int number, SimulationOptions modelOptions,
            Set<HistoryBaselines.Baseline> baselines) throws ImportException, ReplayException {
        return evaluate(dataDir, data, number, modelOptions, baselines, ReplaySetup.PROTOCOL);
    }

    /**
     * The same, set up by {@code setup} (quiet turns before the onset, sea borders) for the model and the
     * {@code allies} baseline (docs/validation-against-history.md, "Pre-war turns", "Sea borders"); the scored
     * years and states stay the war's.
     */
    public static WarResult evaluate(Path dataDir, WarData data, int number, SimulationOptions modelOptions,
            Set<HistoryBaselines.Baseline> baselines, ReplaySetup setup) throws ImportException, ReplayException {
        HistoryCase historyCase = HistoryCase.of(dataDir, data, number);
        Replay model = replay(dataDir, historyCase, modelOptions, setup);
        Map<HistoryBaselines.Baseline, Score> scores = new EnumMap<>(HistoryBaselines.Baseline.class);
        for (HistoryBaselines.Baseline b : baselines) {
            Set<PairYear> run = switch (b) {
                case nobody -> HistoryBaselines.nobody(historyCase);
                case allies -> HistoryBaselines.alliesOptions().equals(modelOptions) ? model.atWar()
                        : replay(dataDir, historyCase, HistoryBaselines.alliesOptions(), setup).atWar();
            };
            scores.put(b, historyCase.score(run));
        }
        return new WarResult(historyCase, model, historyCase.score(model.atWar()), scores);
    }

    /** The scenario text of a war: the import at onset, to the war's last year, plus the opening attacks. */
    public static ImportResult scenario(Path dataDir, HistoryCase historyCase) throws ImportException {
        return scenario(dataDir, historyCase, 0);
    }

    /**
     * The same, starting {@code preWarTurns} turns before the onset: the onset's states and data, no event
     * before the openings, so alignments, arming and blocs can form as they would in peace time.
     */
    public static ImportResult scenario(Path dataDir, HistoryCase historyCase, int preWarTurns) throws ImportException {
        return scenario(dataDir, historyCase, ReplaySetup.preWar(preWarTurns));
    }

    /** The same, set up by {@code setup}: quiet turns before the onset and the water contiguity written as borders. */
    public static ImportResult scenario(Path dataDir, HistoryCase historyCase, ReplaySetup setup) throws ImportException {
        int preWarTurns = setup.preWarTurns();
        ImportResult imported = ScenarioImporter.importScenario(historyCase.importRequest(dataDir, setup));
        StringBuilder text = new StringBuilder(imported.scenarioText());
        if (preWarTurns > 0) {
            int first = historyCase.onset() - preWarTurns;
            text.append("\n// entente history --pre-war-turns ").append(preWarTurns).append(": quiet turns from ").append(first)
                    .append(" with the data of ").append(historyCase.onset()).append("; scored from ").append(historyCase.onset());
            Map<String, Integer> entrants = historyCase.entrantsAfter(first);
            if (!entrants.isEmpty()) {
                // the states written with `since`: absent until their own entry year (docs/semantics.md §1, "Entry")
                text.append("; entering the state system in their own year: ").append(entrants.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", ")));
            }
            text.append('\n');
        }
        text.append("\n// entente history: the opening attacks of war ").append(historyCase.war().number())
                .append(" (").append(WarData.OPENINGS).append("); every other entry is left to the model\n");
        List<HistoryCase.OpeningLine> lines;
        if (setup.jointOpenings()) {
            // docs/validation-against-history.md, "Joint openings: one war per COW war"
            text.append("// entente history: the openings are fronts of one war, as COW codes it; a later opening by an earlier attacker adds")
                    .append(" its target to that line, any other attacks alongside the first attacker if on its COW side (sidea1),")
                    .append(" else alongside the first target\n");
            lines = historyCase.jointOpenings();
        } else {
            text.append("// entente history --separate-openings: each opening a war of its own\n");
            lines = historyCase.openings().stream()
                    .map(o -> new HistoryCase.OpeningLine(o.year(), o.attacker(), List.of(o.target()), null)).toList();
        }
        Map<String, String> ids = imported.stateIds();
        for (HistoryCase.OpeningLine line : lines) {
            text.append("in ").append(line.year()).append(": ").append(ids.get(line.attacker())).append(" attacks ")
                    .append(line.targets().stream().map(ids::get).collect(java.util.stream.Collectors.joining(", ")));
            if (line.alongside() != null) {
                text.append(" alongside ").append(ids.get(line.alongside()));
            }
            text.append('\n');
        }
        return new ImportResult(text.toString(), imported.notes(), imported.stateIds());
    }

    /** Imports, checks, translates and runs one war with the given options. */
    public static Replay replay(Path dataDir, HistoryCase historyCase, SimulationOptions options)
            throws ImportException, ReplayException {
        return replay(dataDir, historyCase, options, 0);
    }

    /** The same, with {@code preWarTurns} quiet turns before the onset. */
    public static Replay replay(Path dataDir, HistoryCase historyCase, SimulationOptions options, int preWarTurns)
            throws ImportException, ReplayException {
        return replay(dataDir, historyCase, options, ReplaySetup.preWar(preWarTurns));
    }

    /** The same, set up by {@code setup}. */
    public static Replay replay(Path dataDir, HistoryCase historyCase, SimulationOptions options, ReplaySetup setup)
            throws ImportException, ReplayException {
        ImportResult scenario = scenario(dataDir, historyCase, setup);
        String fileName = fileName(historyCase);
        Translated translated = checkAndTranslate(fileName, scenario.scenarioText());
        Trace trace = Simulation.run(translated.scenario(), options);
        Map<String, String> abbreviationOf = new HashMap<>();
        scenario.stateIds().forEach((abb, id) -> abbreviationOf.put(id, abb));
        return new Replay(scenario.scenarioText(), translated.scenario(), translated.warnings(), trace,
                scenario.stateIds(), atWar(trace, abbreviationOf));
    }

    /** The name of a war's scenario text in diagnostics: "war-106-1914.entente". */
    static String fileName(HistoryCase historyCase) {
        return "war-" + historyCase.war().number() + "-" + historyCase.onset() + ".entente";
    }

    /** A scenario text that checked without errors (its warnings) and its trace. */
    public record Checked(List<EntenteDiagnostic> warnings, Trace trace) {
    }

    /**
     * Checks a scenario text in memory (named {@code fileName} in diagnostics) as {@code entente run}
     * does and runs it; a text with errors throws, listing them.
     */
    public static Checked checkAndRun(String fileName, String text, SimulationOptions options) throws ReplayException {
        Translated translated = checkAndTranslate(fileName, text);
        return new Checked(translated.warnings(), Simulation.run(translated.scenario(), options));
    }

    /** A scenario text that checked without errors (its warnings), translated for the engine. */
    public record Translated(List<EntenteDiagnostic> warnings, Scenario scenario) {
    }

    /** Checks a scenario text in memory as {@link #checkAndRun} does and translates it, without running it. */
    public static Translated checkAndTranslate(String fileName, String text) throws ReplayException {
        ScenarioLoader loader = Languages.injector().getInstance(ScenarioLoader.class);
        XtextResource resource = loader.loadText(Path.of(fileName), text);
        List<EntenteDiagnostic> diagnostics = loader.diagnose(resource, fileName);
        List<EntenteDiagnostic> errors = diagnostics.stream().filter(EntenteDiagnostic::countsAsError).toList();
        if (!errors.isEmpty()) {
            throw new ReplayException(fileName + " has " + errors.size() + " error(s), first: "
                    + errors.get(0).toHumanString(), errors);
        }
        Model model = (Model) resource.getContents().get(0);
        return new Translated(diagnostics, Languages.injector().getInstance(ScenarioTranslator.class).translate(model));
    }

    /**
     * Pair-years at war in a trace: two states on opposite sides of a war at the end of a turn. (Only
     * scripted peace or annexation ends a war in the engine, and the harness scripts neither, so a pair
     * that fought in a year is still opposed at the end of its turn.)
     */
    static Set<PairYear> atWar(Trace trace, Map<String, String> abbreviationOf) {
        Set<PairYear> out = new TreeSet<>();
        for (Turn turn : trace.turns()) {
            for (WarRecord war : turn.wars()) {
                for (String a : war.sideA()) {
                    for (String b : war.sideB()) {
                        String x = abbreviationOf.get(a), y = abbreviationOf.get(b);
                        if (x != null && y != null && !x.equals(y)) {
                            out.add(PairYear.of(turn.year(), x, y));
                        }
                    }
                }
            }
        }
        return out;
    }
}
