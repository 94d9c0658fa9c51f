package org.entente.importer;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;

/**
 * Finds the folder with the COW/ATOP tables: an explicit folder ({@code --data DIR}) wins, else the
 * {@code ENTENTE_DATA} environment variable, else the repository's own {@code data/} folder, found
 * from where this class was loaded ({@code cli/target/entente.jar} or {@code importer/target/classes}:
 * two folders up, then {@code data}), so that a clone works from any working directory
 * ({@code docs/import.md}, "Finding the data folder").
 */
public final class DataDirectory {

    /** The environment variable that gives the default data folder. */
    public static final String ENV_VAR = "ENTENTE_DATA";

    private DataDirectory() {
    }

    /** Resolves against the process environment, then the repository's {@code data/} folder. */
    public static Path resolve(Path explicitOrNull) throws ImportException {
        return resolve(explicitOrNull, System.getenv());
    }

    /** Resolves against the given environment, then the repository's {@code data/} folder. */
    public static Path resolve(Path explicitOrNull, Map<String, String> environment) throws ImportException {
        return resolve(explicitOrNull, environment, repositoryData());
    }

    /**
     * Resolves against the given environment and fallback folder (null: none), for tests and embedding.
     */
    public static Path resolve(Path explicitOrNull, Map<String, String> environment, Path fallbackOrNull)
            throws ImportException {
        Path dir;
        String origin;
        if (explicitOrNull != null) {
            dir = explicitOrNull;
            origin = "given with --data";
        } else {
            String env = environment.get(ENV_VAR);
            if (env != null && !env.isBlank()) {
                dir = Path.of(env.trim());
                origin = "from " + ENV_VAR;
            } else if (fallbackOrNull != null) {
                dir = fallbackOrNull;
                origin = "the repository's data folder";
            } else {
                throw new ImportException("No data folder: pass --data DIR or set the " + ENV_VAR
                        + " environment variable to the folder holding cow_states.csv, cow_nmc.csv, "
                        + "cow_contdir.csv, cow_majors.csv, atop_alliance_level.csv and atop_member_level.csv"
                        + " (a clone of the repository has them in data/)");
            }
        }
        if (!Files.isDirectory(dir)) {
            throw new ImportException("Data folder " + dir + " (" + origin + ") does not exist or is not a folder");
        }
        return dir;
    }

    /**
     * The repository's {@code data/} folder seen from this class's jar or classes folder
     * ({@code <repo>/cli/target/entente.jar} and {@code <repo>/importer/target/classes} both give
     * {@code <repo>/data}); null when there is none (e.g. a jar copied elsewhere).
     */
    public static Path repositoryData() {
        try {
            CodeSource source = DataDirectory.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return null;
            }
            Path location = Path.of(source.getLocation().toURI()).toAbsolutePath();
            Path folder = location.getParent();
            if (folder == null || folder.getParent() == null || folder.getParent().getParent() == null) {
                return null;
            }
            Path data = folder.getParent().getParent().resolve("data");
            return Files.isRegularFile(data.resolve(Tables.STATES)) ? data : null;
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }
}
