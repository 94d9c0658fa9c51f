package org.entente.sweep.run;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.xtext.resource.XtextResource;
import org.entente.EntenteStandaloneSetup;
import org.entente.engine.model.Scenario;
import org.entente.entente.Model;
import org.entente.interpreter.ScenarioTranslator;
import org.entente.loading.EntenteDiagnostic;
import org.entente.loading.ScenarioLoader;
import org.entente.loading.UnreadableFileException;
import org.entente.loading.VisibleFiles;

import com.google.inject.Injector;

/**
 * The text of a scenario file and of the files beside it that it sees (docs/language.md): what a Spark
 * task needs to rebuild the scenario on any machine. The engine's scenario is not serializable; its source
 * is small, and each JVM translates it once ({@link #scenario()} keeps it).
 */
public final class ScenarioSource implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<ScenarioSource, Scenario> TRANSLATED = new ConcurrentHashMap<>();
    private static Injector injector;

    private final String fileName;
    private final LinkedHashMap<String, String> texts;

    private ScenarioSource(String fileName, LinkedHashMap<String, String> texts) {
        this.fileName = fileName;
        this.texts = texts;
    }

    /** A scenario that loaded, or the diagnostics that say why it did not. */
    public record Loaded(ScenarioSource source, Scenario scenario, List<String> errors) {
        public boolean ok() { return scenario != null; }
    }

    /**
     * Reads, checks and translates a scenario file as 'entente run' does (errors as {@code file:line:col:
     * error: message}); the scenario is kept for this JVM, so that local mode translates it once.
     */
    public static Loaded load(Path file) {
        Loaded loaded = read(file);
        if (loaded.ok()) TRANSLATED.put(loaded.source(), loaded.scenario());
        return loaded;
    }

    private static Loaded read(Path file) {
        ScenarioLoader loader = injector().getInstance(ScenarioLoader.class);
        List<String> errors = new ArrayList<>();
        ScenarioLoader.Workspace workspace;
        try {
            workspace = loader.load(List.of(file));
        } catch (UnreadableFileException e) {
            return new Loaded(null, null, List.of(e.getMessage()));
        }
        XtextResource resource = workspace.requested().get(file);
        for (EntenteDiagnostic d : loader.diagnose(resource, file.toString())) {
            if (d.countsAsError()) errors.add(d.toHumanString());
        }
        if (!errors.isEmpty()) return new Loaded(null, null, errors);
        Model model = resource.getContents().stream().filter(Model.class::isInstance).map(Model.class::cast).findFirst().orElse(null);
        if (model == null || model.getHeader() == null) {
            return new Loaded(null, null, List.of(file + ":1:1: there is no 'scenario NAME from YEAR to YEAR' header to run."));
        }
        Scenario scenario = injector().getInstance(ScenarioTranslator.class).translate(model);
        LinkedHashMap<String, String> texts = new LinkedHashMap<>();
        for (Path seen : VisibleFiles.of(file)) {
            try {
                texts.put(seen.getFileName().toString(), Files.readString(seen, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                // a sibling that cannot be read was left out of the check too (ScenarioLoader)
            }
        }
        ScenarioSource source = new ScenarioSource(file.toAbsolutePath().normalize().getFileName().toString(), texts);
        return new Loaded(source, scenario, List.of());
    }

    /** The translated scenario: kept in this JVM, else written to a temporary folder and read again. */
    public Scenario scenario() {
        return TRANSLATED.computeIfAbsent(this, ScenarioSource::translate);
    }

    private static Scenario translate(ScenarioSource source) {
        try {
            Path dir = Files.createTempDirectory("entente-sweep-");
            try {
                for (Map.Entry<String, String> e : source.texts.entrySet()) {
                    Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
                }
                Loaded loaded = read(dir.resolve(source.fileName));
                if (!loaded.ok()) throw new IllegalStateException("the scenario did not load again: " + loaded.errors());
                return loaded.scenario();
            } finally {
                for (String name : source.texts.keySet()) Files.deleteIfExists(dir.resolve(name));
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Injector injector() {
        if (injector == null) injector = new EntenteStandaloneSetup().createInjectorAndDoEMFRegistration();
        return injector;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScenarioSource s && s.fileName.equals(fileName) && s.texts.equals(texts);
    }

    @Override
    public int hashCode() { return fileName.hashCode() * 31 + texts.hashCode(); }
}
